package kz.tendik.programs.cohort;

import java.net.URI;
import java.util.List;

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
@RestController
@RequestMapping("/api/v1/cohorts/{id}/outcomes")
@Requires(Action.COHORT_FACILITATE)
class OutcomeApi {

    private final Outcomes outcomes;

    OutcomeApi(Outcomes outcomes) {
        this.outcomes = outcomes;
    }

    @GetMapping
    List<Outcome> list(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return outcomes.list(id, user);
    }

    @GetMapping("/due")
    List<Outcomes.Due> due(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return outcomes.due(id, user);
    }

    @PostMapping
    ResponseEntity<Outcome> record(@PathVariable long id, @RequestBody OutcomeDraft body,
                                   @AuthenticationPrincipal CurrentUser user) {
        Outcome o = outcomes.record(id, body, user);
        return ResponseEntity.created(URI.create("/api/v1/cohorts/" + id + "/outcomes/" + o.id())).body(o);
    }

    @GetMapping("/{outcomeId}")
    Outcome get(@PathVariable long id, @PathVariable long outcomeId, @AuthenticationPrincipal CurrentUser user) {
        return outcomes.get(id, outcomeId, user);
    }

    @PutMapping("/{outcomeId}")
    Outcome update(@PathVariable long id, @PathVariable long outcomeId, @RequestBody OutcomeDraft body,
                   @AuthenticationPrincipal CurrentUser user) {
        return outcomes.update(id, outcomeId, body, user);
    }
}
