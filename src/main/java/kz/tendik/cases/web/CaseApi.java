package kz.tendik.cases.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kz.tendik.cases.access.CaseAccess;
import kz.tendik.cases.casefile.CaseStage;
import kz.tendik.cases.casefile.FamilyCategory;
import kz.tendik.cases.file.CaseFiles;
import kz.tendik.cases.file.CaseListing;
import kz.tendik.cases.risk.RiskLevel;
import org.springframework.format.annotation.DateTimeFormat;
import kz.tendik.cases.file.CaseRecords;
import kz.tendik.cases.support.Idempotency;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/cases}: open, list (the caller's reach), read, change with the version read (409 when stale),
 * break-glass, and the case's notes, consents and follow-ups. Creates (break-glass too) accept an
 * {@code Idempotency-Key}.
 */
@RestController
@RequestMapping("/api/v1/cases")
class CaseApi {

    private static final int PAGE_SIZE = 50;

    private final CaseFiles files;
    private final CaseListing listing;
    private final CaseRecords records;
    private final CaseAccess access;
    private final Idempotency idempotency;

    CaseApi(CaseFiles files, CaseRecords records, CaseAccess access, CaseListing listing, Idempotency idempotency) {
        this.idempotency = idempotency;
        this.listing = listing;
        this.files = files;
        this.records = records;
        this.access = access;
    }

    record BreakGlassRequest(String reason) {
    }

    record BreakGlassGrant(long id, long caseId, Instant expiresAt) {
    }

    @PostMapping
    @Requires(Action.CASE_WRITE)
    ResponseEntity<CaseFiles.CaseView> open(@RequestBody CaseFiles.Opening body,
                                            @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                            @AuthenticationPrincipal CurrentUser user) {
        Idempotency.Outcome outcome = files.open(user, body, key);
        return Responses.created(URI.create("/api/v1/cases/" + outcome.id()), files.read(user, outcome.id()),
                outcome.repeated());
    }

    @GetMapping
    @Requires(Action.CASE_READ)
    CaseListing.Listing list(@RequestParam(required = false) CaseStage stage,
                             @RequestParam(required = false) FamilyCategory familyCategory,
                             @RequestParam(required = false) RiskLevel riskLevel,
                             @RequestParam(required = false) Long caseworkerId,
                             @RequestParam(required = false) Boolean overdue,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate openedFrom,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate openedTo,
                             @RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser user) {
        return listing.list(user, new CaseListing.Filter(stage, familyCategory, riskLevel, caseworkerId, overdue,
                openedFrom, openedTo), Math.max(0, Math.min(page, 10_000)), PAGE_SIZE);
    }

    @GetMapping("/{id}")
    @Requires(Action.CASE_READ)
    CaseFiles.CaseView get(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return files.read(user, id);
    }

    @PutMapping("/{id}")
    @Requires(Action.CASE_WRITE)
    CaseFiles.CaseView update(@PathVariable long id, @RequestBody CaseFiles.Change body,
                              @AuthenticationPrincipal CurrentUser user) {
        return files.update(user, id, body);
    }

    @PostMapping("/{id}/break-glass")
    @Requires(Action.CASE_BREAK_GLASS)
    @Transactional
    ResponseEntity<BreakGlassGrant> breakGlass(@PathVariable long id, @RequestBody BreakGlassRequest body,
                                               @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                               @AuthenticationPrincipal CurrentUser user) {
        // a retry with the same key gets the grant first made (asked again, a current grant is "not needed": 422)
        Idempotency.Outcome grant = idempotency.once(user, "case.break-glass:" + id, key, body,
                () -> access.breakGlass(user, id, body.reason()));
        Instant expires = access.breakGlassOn(id).stream().filter(g -> g.id() == grant.id()).findFirst().orElseThrow()
                .expiresAt();
        return Responses.created(URI.create("/api/v1/cases/" + id), new BreakGlassGrant(grant.id(), id, expires),
                grant.repeated());
    }

    @GetMapping("/{id}/notes")
    @Requires(Action.CASE_READ)
    List<CaseRecords.Note> notes(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return records.notes(user, id);
    }

    @PostMapping("/{id}/notes")
    @Requires(Action.CASE_WRITE)
    ResponseEntity<CaseRecords.Note> addNote(@PathVariable long id, @RequestBody CaseRecords.NoteDraft body,
                                             @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                             @AuthenticationPrincipal CurrentUser user) {
        Idempotency.Outcome outcome = records.addNote(user, id, body, key);
        CaseRecords.Note note = records.note(user, id, outcome.id());
        return Responses.created(URI.create("/api/v1/cases/" + id + "/notes"), note, outcome.repeated());
    }

    @GetMapping("/{id}/consents")
    @Requires(Action.CASE_READ)
    List<CaseRecords.Consent> consents(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return records.consents(user, id);
    }

    @PostMapping("/{id}/consents")
    @Requires(Action.CASE_WRITE)
    ResponseEntity<CaseRecords.Consent> addConsent(@PathVariable long id, @RequestBody CaseRecords.ConsentDraft body,
                                                   @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                                   @AuthenticationPrincipal CurrentUser user) {
        Idempotency.Outcome outcome = records.recordConsent(user, id, body, key);
        CaseRecords.Consent consent = records.consent(user, id, outcome.id());
        return Responses.created(URI.create("/api/v1/cases/" + id + "/consents"), consent, outcome.repeated());
    }

    @GetMapping("/{id}/follow-ups")
    @Requires(Action.CASE_READ)
    List<CaseRecords.FollowUp> followUps(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return records.followUps(user, id);
    }

    @PostMapping("/{id}/follow-ups")
    @Requires(Action.CASE_WRITE)
    ResponseEntity<CaseRecords.FollowUp> addFollowUp(@PathVariable long id, @RequestBody CaseRecords.FollowUpDraft body,
                                                     @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                                     @AuthenticationPrincipal CurrentUser user) {
        Idempotency.Outcome outcome = records.addFollowUp(user, id, body, key);
        CaseRecords.FollowUp followUp = records.followUp(user, id, outcome.id());
        return Responses.created(URI.create("/api/v1/cases/" + id + "/follow-ups"), followUp, outcome.repeated());
    }

    @PostMapping("/{id}/follow-ups/{followUpId}/done")
    @Requires(Action.CASE_WRITE)
    @io.swagger.v3.oas.annotations.Operation(summary = "Mark a follow-up done",
            description = "Completing one already done changes nothing (it keeps its first completion); an unknown "
                    + "follow-up of the case is 404.")
    CaseRecords.FollowUp completeFollowUp(@PathVariable long id, @PathVariable long followUpId,
                                          @AuthenticationPrincipal CurrentUser user) {
        records.completeFollowUp(user, id, followUpId);
        return records.followUp(user, id, followUpId);
    }
}
