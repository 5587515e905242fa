package kz.tendik.cases.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.tendik.cases.referral.ServiceDraft;
import kz.tendik.cases.referral.ServiceLog;
import kz.tendik.cases.referral.ServiceView;
import kz.tendik.cases.referral.Transfers;
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

/** {@code /api/v1/cases/{id}/services} (services provided under the case plan) and {@code …/transfer}. */
@RestController
@RequestMapping("/api/v1/cases/{id}")
@Tag(name = "Services and transfers", description = "Services provided to a case; transfer of a case to another centre")
class CaseServiceApi {

    private final ServiceLog services;
    private final Transfers transfers;

    CaseServiceApi(ServiceLog services, Transfers transfers) {
        this.services = services;
        this.transfers = transfers;
    }

    @GetMapping("/services")
    @Requires(Action.CASE_READ)
    @Operation(summary = "The services provided to the case, latest first")
    List<ServiceView> list(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return services.list(user, id);
    }

    @PostMapping("/services")
    @Requires(Action.CASE_WRITE)
    @Operation(summary = "Log a service provided (by a worker of the centre and/or a provider, optionally under a referral)",
            description = "plannedServiceId names the case plan's planned service it fulfils (one of this case's, 400 "
                    + "otherwise); the service is then of the planned kind, which may be left out.")
    ResponseEntity<ServiceView> record(@PathVariable long id, @RequestBody ServiceDraft body,
                                       @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                       @AuthenticationPrincipal CurrentUser user) {
        Idempotency.Outcome outcome = services.record(user, id, body, key);
        ServiceView view = services.list(user, id).stream().filter(s -> s.id() == outcome.id()).findFirst().orElseThrow();
        return Responses.created(URI.create("/api/v1/cases/" + id + "/services"), view, outcome.repeated());
    }

    @PostMapping("/transfer")
    @Requires(Action.CASE_WRITE)
    @Operation(summary = "Transfer the case to another centre",
            description = "Needs the survivor's current consent to transfer (422 otherwise), unless overrideReason is "
                    + "given by a user allowed to override consent (403 otherwise; audited, on the timeline), and the "
                    + "case's version (409 when stale). Afterwards only the receiving centre reaches the case; its "
                    + "manager assigns caseworkers with PUT /api/v1/cases/{id}. A retry with the same Idempotency-Key "
                    + "gets the transfer first made.")
    ResponseEntity<Transfers.TransferView> transfer(@PathVariable long id, @RequestBody Transfers.TransferDraft body,
                                                    @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                                    @AuthenticationPrincipal CurrentUser user) {
        Transfers.Done done = transfers.transfer(user, id, body, key);
        return Responses.done(done.transfer(), done.repeated());
    }
}
