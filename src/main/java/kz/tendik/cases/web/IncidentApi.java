package kz.tendik.cases.web;

import java.net.URI;
import java.util.List;

import kz.tendik.cases.incidents.IncidentDraft;
import kz.tendik.cases.incidents.IncidentView;
import kz.tendik.cases.incidents.Incidents;
import kz.tendik.cases.support.Idempotency;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/cases/{id}/incidents}: list (no narrative or names), record (with an {@code Idempotency-Key}),
 * read one (audited) and change one with the version read (409 when stale).
 */
@RestController
@RequestMapping("/api/v1/cases/{id}/incidents")
class IncidentApi {

    private final Incidents incidents;

    IncidentApi(Incidents incidents) {
        this.incidents = incidents;
    }

    @GetMapping
    @Requires(Action.CASE_READ)
    List<IncidentView.Summary> list(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return incidents.list(user, id);
    }

    @PostMapping
    @Requires(Action.CASE_WRITE)
    ResponseEntity<IncidentView> record(@PathVariable long id, @RequestBody IncidentDraft body,
                                        @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                        @AuthenticationPrincipal CurrentUser user) {
        Idempotency.Outcome outcome = incidents.record(user, id, body, key);
        return Responses.created(URI.create("/api/v1/cases/" + id + "/incidents/" + outcome.id()),
                incidents.read(user, id, outcome.id()), outcome.repeated());
    }

    @GetMapping("/{incidentId}")
    @Requires(Action.CASE_READ)
    IncidentView get(@PathVariable long id, @PathVariable long incidentId, @AuthenticationPrincipal CurrentUser user) {
        return incidents.read(user, id, incidentId);
    }

    @PutMapping("/{incidentId}")
    @Requires(Action.CASE_WRITE)
    IncidentView update(@PathVariable long id, @PathVariable long incidentId, @RequestBody IncidentDraft body,
                        @AuthenticationPrincipal CurrentUser user) {
        return incidents.update(user, id, incidentId, body);
    }
}
