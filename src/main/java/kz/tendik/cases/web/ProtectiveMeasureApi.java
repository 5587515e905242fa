package kz.tendik.cases.web;

import java.net.URI;
import java.util.List;

import kz.tendik.cases.safety.BreachDraft;
import kz.tendik.cases.safety.ProtectiveMeasureDraft;
import kz.tendik.cases.safety.ProtectiveMeasureView;
import kz.tendik.cases.safety.ProtectiveMeasures;
import kz.tendik.cases.support.Idempotency;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/cases/{id}/protective-measures}: list, record, and record a breach of one (both with an
 * {@code Idempotency-Key}).
 */
@RestController
@RequestMapping("/api/v1/cases/{id}/protective-measures")
class ProtectiveMeasureApi {

    private final ProtectiveMeasures measures;

    ProtectiveMeasureApi(ProtectiveMeasures measures) {
        this.measures = measures;
    }

    @GetMapping
    @Requires(Action.CASE_READ)
    List<ProtectiveMeasureView> list(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return measures.list(user, id);
    }

    @PostMapping
    @Requires(Action.CASE_WRITE)
    ResponseEntity<ProtectiveMeasureView> record(@PathVariable long id, @RequestBody ProtectiveMeasureDraft body,
                                                 @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                                 @AuthenticationPrincipal CurrentUser user) {
        Idempotency.Outcome outcome = measures.record(user, id, body, key);
        return Responses.created(URI.create("/api/v1/cases/" + id + "/protective-measures#" + outcome.id()),
                measures.read(user, id, outcome.id()), outcome.repeated());
    }

    @PostMapping("/{measureId}/breaches")
    @Requires(Action.CASE_WRITE)
    ResponseEntity<ProtectiveMeasureView> breach(@PathVariable long id, @PathVariable long measureId,
                                                 @RequestBody BreachDraft body,
                                                 @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                                 @AuthenticationPrincipal CurrentUser user) {
        Idempotency.Outcome outcome = measures.recordBreach(user, id, measureId, body, key);
        return Responses.created(URI.create("/api/v1/cases/" + id + "/protective-measures#" + measureId),
                measures.read(user, id, measureId), outcome.repeated());
    }
}
