package kz.tendik.programs.cohort;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A cohort's participants on their way: completed modules, the completion rule's verdict, mentors and mentoring
 * meetings ({@code /api/v1/cohorts/{id}/completion}, {@code .../enrolments/{enrolmentId}/modules|mentor|meetings}).
 */
@Tag(name = "Participant progress", description = "Completed modules, the completion rule's verdict, mentors and mentoring meetings")
@RestController
@RequestMapping("/api/v1/cohorts/{id}")
@Requires(Action.COHORT_FACILITATE)
class ProgressApi {

    private final Completions completions;
    private final Mentoring mentoring;

    ProgressApi(Completions completions, Mentoring mentoring) {
        this.completions = completions;
        this.mentoring = mentoring;
    }

    /** enrolment id → completed or not, with the reasons. */
    @Operation(summary = "Each participant's completion verdict under the programme's rule")
    @GetMapping("/completion")
    Map<Long, CompletionRule.Completion> completion(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return completions.evaluate(id, user);
    }

    record Modules(List<String> modules) {
    }

    /** enrolment id → completed modules. */
    @Operation(summary = "Modules completed, per enrolment")
    @GetMapping("/modules")
    Map<Long, Set<String>> modules(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return completions.modules(id, user);
    }

    @Operation(summary = "Set the modules a participant has completed")
    @PutMapping("/enrolments/{enrolmentId}/modules")
    Modules setModules(@PathVariable long id, @PathVariable long enrolmentId, @RequestBody Modules body,
                       @AuthenticationPrincipal CurrentUser user) {
        return new Modules(completions.setModules(id, enrolmentId, body.modules(), user).stream().sorted().toList());
    }

    /** enrolment id → mentor and meetings. */
    @Operation(summary = "Mentors and mentoring meetings, per enrolment")
    @GetMapping("/mentoring")
    Map<Long, Mentoring.Mentorship> mentoring(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return mentoring.ofCohort(id, user);
    }

    @Operation(summary = "Assign a participant's mentor")
    @PutMapping("/enrolments/{enrolmentId}/mentor")
    Mentoring.Mentorship assign(@PathVariable long id, @PathVariable long enrolmentId,
                                @RequestBody Mentoring.MentorDraft body, @AuthenticationPrincipal CurrentUser user) {
        mentoring.assign(id, enrolmentId, body, user);
        return mentoring.of(id, enrolmentId, user).orElseThrow();
    }

    @Operation(summary = "Record a mentoring meeting")
    @PostMapping("/enrolments/{enrolmentId}/meetings")
    ResponseEntity<Mentoring.Mentorship> meet(@PathVariable long id, @PathVariable long enrolmentId,
                                              @RequestBody Mentoring.MeetingDraft body,
                                              @AuthenticationPrincipal CurrentUser user) {
        mentoring.meet(id, enrolmentId, body, user);
        return ResponseEntity.status(201).body(mentoring.of(id, enrolmentId, user).orElseThrow());
    }
}
