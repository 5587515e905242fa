package kz.tendik.programs.cohort;

import java.net.URI;
import java.util.List;
import java.util.Map;

import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/cohorts}: the cohorts the caller runs, opening a cohort (coordinators), its enrolments with the
 * waiting list, and a session's attendance in one call.
 */
@RestController
@RequestMapping("/api/v1/cohorts")
class CohortApi {

    private final Cohorts cohorts;
    private final Enrolments enrolments;
    private final Attendance attendance;

    CohortApi(Cohorts cohorts, Enrolments enrolments, Attendance attendance) {
        this.cohorts = cohorts;
        this.enrolments = enrolments;
        this.attendance = attendance;
    }

    @GetMapping
    @Requires(Action.COHORT_FACILITATE)
    List<Cohort> list(@AuthenticationPrincipal CurrentUser user) {
        return cohorts.visible(user);
    }

    @PostMapping
    @Requires(Action.PROGRAMME_MANAGE)
    ResponseEntity<Cohort> create(@RequestBody CohortDraft body, @AuthenticationPrincipal CurrentUser user) {
        long id = cohorts.create(body, user);
        return ResponseEntity.created(URI.create("/api/v1/cohorts/" + id)).body(cohorts.find(id).orElseThrow());
    }

    @GetMapping("/{id}")
    @Requires(Action.COHORT_FACILITATE)
    Cohort get(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return cohorts.get(id, user);
    }

    @PostMapping("/{id}/sessions")
    @Requires(Action.COHORT_FACILITATE)
    ResponseEntity<Cohort> addSession(@PathVariable long id, @RequestBody CohortDraft.SessionDraft body,
                                      @AuthenticationPrincipal CurrentUser user) {
        cohorts.addSession(id, body, user);
        return ResponseEntity.status(201).body(cohorts.get(id, user));
    }

    @GetMapping("/{id}/enrolments")
    @Requires(Action.COHORT_FACILITATE)
    List<Enrolment> enrolments(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return enrolments.list(id, user);
    }

    @PostMapping("/{id}/enrolments")
    @Requires(Action.COHORT_FACILITATE)
    ResponseEntity<Enrolment> enrol(@PathVariable long id, @RequestBody EnrolmentDraft body,
                                    @AuthenticationPrincipal CurrentUser user) {
        Enrolment e = enrolments.enrol(id, body, user);
        return ResponseEntity.created(URI.create("/api/v1/cohorts/" + id + "/enrolments/" + e.id())).body(e);
    }

    @PostMapping("/{id}/enrolments/{enrolmentId}/withdrawal")
    @Requires(Action.COHORT_FACILITATE)
    Enrolment withdraw(@PathVariable long id, @PathVariable long enrolmentId, @AuthenticationPrincipal CurrentUser user) {
        return enrolments.withdraw(id, enrolmentId, user);
    }

    /** session id → enrolment id → mark. */
    @GetMapping("/{id}/attendance")
    @Requires(Action.COHORT_FACILITATE)
    Map<Long, Map<Long, AttendanceMark>> attendance(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return attendance.all(id, user);
    }

    /** One session's marks, all saved or none. */
    @PostMapping("/{id}/attendance")
    @Requires(Action.COHORT_FACILITATE)
    Map<String, Integer> record(@PathVariable long id, @RequestBody AttendanceDraft body,
                                @AuthenticationPrincipal CurrentUser user) {
        return Map.of("recorded", attendance.record(id, body, user));
    }
}
