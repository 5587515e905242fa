package kz.tendik.programs.cohort;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/cohorts}: the cohorts the caller runs, opening, changing and closing a cohort (coordinators), its
 * sessions, its enrolments with the waiting list, and a session's attendance in one call.
 */
@Tag(name = "Cohorts", description = "Cohorts the caller runs: opening, changing and closing (coordinators), sessions, enrolments with the waiting list, attendance")
@RestController
@RequestMapping("/api/v1/cohorts")
class CohortApi {

    private final Cohorts cohorts;
    private final Enrolments enrolments;
    private final Attendance attendance;
    private final CohortClosing closing;

    CohortApi(Cohorts cohorts, Enrolments enrolments, Attendance attendance, CohortClosing closing) {
        this.closing = closing;
        this.cohorts = cohorts;
        this.enrolments = enrolments;
        this.attendance = attendance;
    }

    @Operation(summary = "The cohorts the caller runs, newest first")
    @GetMapping
    @Requires(Action.COHORT_FACILITATE)
    List<Cohort> list(@AuthenticationPrincipal CurrentUser user) {
        return cohorts.visible(user);
    }

    @Operation(summary = "Open a cohort with its facilitators and sessions",
            description = "400 naming every wrong field")
    @PostMapping
    @Requires(Action.COHORT_MANAGE)
    ResponseEntity<Cohort> create(@RequestBody CohortDraft body, @AuthenticationPrincipal CurrentUser user) {
        long id = cohorts.create(body, user);
        return ResponseEntity.created(URI.create("/api/v1/cohorts/" + id)).body(cohorts.find(id).orElseThrow());
    }

    @Operation(summary = "One cohort (404 if the caller does not run it)")
    @GetMapping("/{id}")
    @Requires(Action.COHORT_FACILITATE)
    Cohort get(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return cohorts.get(id, user);
    }

    /** A change of the cohort, based on {@code version}; sessions are not part of it (see the sessions calls). */
    record CohortEdit(Integer version, Long programmeId, String name, java.time.LocalDate startsOn,
                      java.time.LocalDate endsOn, Boolean online, String place, String regionCode, Integer capacity,
                      List<Long> facilitatorIds) {
    }

    @Operation(summary = "Change an open cohort",
            description = "Based on `version`: 409 when someone changed it since; 400 naming every wrong field")
    @PutMapping("/{id}")
    @Requires(Action.COHORT_MANAGE)
    Cohort update(@PathVariable long id, @RequestBody CohortEdit body, @AuthenticationPrincipal CurrentUser user) {
        cohorts.update(id, body.version(), new CohortDraft(body.programmeId(), body.name(), body.startsOn(),
                body.endsOn(), body.online(), body.place(), body.regionCode(), body.capacity(), body.facilitatorIds(),
                null), user);
        return cohorts.get(id, user);
    }

    /** Closes the cohort: the completion rule is applied, enrolment and attendance end. */
    @Operation(summary = "Close the cohort",
            description = "The completion rule is applied; enrolment and attendance end")
    @PostMapping("/{id}/closure")
    @Requires(Action.COHORT_MANAGE)
    Cohort close(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        closing.close(id, user);
        return cohorts.get(id, user);
    }

    @Operation(summary = "Remove a session without attendance")
    @DeleteMapping("/{id}/sessions/{sessionId}")
    @Requires(Action.COHORT_FACILITATE)
    ResponseEntity<Void> removeSession(@PathVariable long id, @PathVariable long sessionId,
                                       @AuthenticationPrincipal CurrentUser user) {
        cohorts.removeSession(id, sessionId, user);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Add a session within the cohort's dates")
    @PostMapping("/{id}/sessions")
    @Requires(Action.COHORT_FACILITATE)
    ResponseEntity<Cohort> addSession(@PathVariable long id, @RequestBody CohortDraft.SessionDraft body,
                                      @AuthenticationPrincipal CurrentUser user) {
        cohorts.addSession(id, body, user);
        return ResponseEntity.status(201).body(cohorts.get(id, user));
    }

    @Operation(summary = "The cohort's participants: enrolled, then the waiting list in order, then the rest (audited)")
    @GetMapping("/{id}/enrolments")
    @Requires(Action.COHORT_FACILITATE)
    List<Enrolment> enrolments(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return enrolments.list(id, user);
    }

    @Operation(summary = "Enrol a participant (or put her on the waiting list when the cohort is full)",
            description = "A new participant (name, contact, year of birth, sex, region, consent), or an existing one by `participantId` that the caller already sees; an unknown or unseen id is refused alike. 400 naming every wrong field")
    @PostMapping("/{id}/enrolments")
    @Requires(Action.COHORT_FACILITATE)
    ResponseEntity<Enrolment> enrol(@PathVariable long id, @RequestBody EnrolmentDraft body,
                                    @AuthenticationPrincipal CurrentUser user) {
        Enrolment e = enrolments.enrol(id, body, user);
        return ResponseEntity.created(URI.create("/api/v1/cohorts/" + id + "/enrolments/" + e.id())).body(e);
    }

    @Operation(summary = "Withdraw a participant; the first on the waiting list takes a freed place")
    @PostMapping("/{id}/enrolments/{enrolmentId}/withdrawal")
    @Requires(Action.COHORT_FACILITATE)
    Enrolment withdraw(@PathVariable long id, @PathVariable long enrolmentId, @AuthenticationPrincipal CurrentUser user) {
        return enrolments.withdraw(id, enrolmentId, user);
    }

    /** session id → enrolment id → mark. */
    @Operation(summary = "Attendance: session id → enrolment id → mark")
    @GetMapping("/{id}/attendance")
    @Requires(Action.COHORT_FACILITATE)
    Map<Long, Map<Long, AttendanceMark>> attendance(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return attendance.all(id, user);
    }

    /** One session's marks, all saved or none. */
    @Operation(summary = "Record one session's marks, all or none",
            description = "400 naming every wrong row")
    @PostMapping("/{id}/attendance")
    @Requires(Action.COHORT_FACILITATE)
    Map<String, Integer> record(@PathVariable long id, @RequestBody AttendanceDraft body,
                                @AuthenticationPrincipal CurrentUser user) {
        return Map.of("recorded", attendance.record(id, body, user));
    }
}
