package kz.tendik.programs.cohort;

import java.net.URI;
import java.util.List;

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
 * {@code /api/v1/cohorts/{id}/outcomes}: outcomes at the end and 3, 6, 12 months after, one per participant and
 * follow-up point; a change names the version it is based on (409 when stale). {@code .../due}: what is missing.
 */
@Tag(name = "Outcomes", description = "Outcomes at the end of a cohort and 3, 6 and 12 months after: one per participant and follow-up point")
@RestController
@RequestMapping("/api/v1/cohorts/{id}/outcomes")
@Requires(Action.COHORT_FACILITATE)
class OutcomeApi {

    private final Outcomes outcomes;

    OutcomeApi(Outcomes outcomes) {
        this.outcomes = outcomes;
    }

    @Operation(summary = "The cohort's recorded outcomes")
    @GetMapping
    List<Outcome> list(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return outcomes.list(id, user);
    }

    @Operation(summary = "Outcomes due and not yet recorded")
    @GetMapping("/due")
    List<Outcomes.Due> due(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return outcomes.due(id, user);
    }

    @Operation(summary = "Record an outcome",
            description = "400 naming every wrong field; the BIN is checked and stored encrypted")
    @PostMapping
    ResponseEntity<Outcome> record(@PathVariable long id, @RequestBody OutcomeDraft body,
                                   @AuthenticationPrincipal CurrentUser user) {
        Outcome o = outcomes.record(id, body, user);
        return ResponseEntity.created(URI.create("/api/v1/cohorts/" + id + "/outcomes/" + o.id())).body(o);
    }

    @Operation(summary = "One outcome")
    @GetMapping("/{outcomeId}")
    Outcome get(@PathVariable long id, @PathVariable long outcomeId, @AuthenticationPrincipal CurrentUser user) {
        return outcomes.get(id, outcomeId, user);
    }

    @Operation(summary = "Change an outcome",
            description = "Based on `version`: 409 when someone changed it since")
    @PutMapping("/{outcomeId}")
    Outcome update(@PathVariable long id, @PathVariable long outcomeId, @RequestBody OutcomeDraft body,
                   @AuthenticationPrincipal CurrentUser user) {
        return outcomes.update(id, outcomeId, body, user);
    }
}
