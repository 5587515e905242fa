package kz.tendik.cases.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.tendik.cases.referral.ReferralDraft;
import kz.tendik.cases.referral.ReferralLetter;
import kz.tendik.cases.referral.ReferralView;
import kz.tendik.cases.referral.Referrals;
import kz.tendik.cases.referral.StatusChange;
import kz.tendik.cases.support.Idempotency;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
 * {@code /api/v1/cases/{id}/referrals}: list, refer (consent or override required; {@code Idempotency-Key}), read,
 * change the status with the version read (409 when stale) and download the referral letter.
 */
@RestController
@RequestMapping("/api/v1/cases/{id}/referrals")
@Tag(name = "Referrals", description = "Referrals of a case to service providers of the directory")
class ReferralApi {

    private final Referrals referrals;
    private final ReferralLetter letters;

    ReferralApi(Referrals referrals, ReferralLetter letters) {
        this.referrals = referrals;
        this.letters = letters;
    }

    @GetMapping
    @Requires(Action.CASE_READ)
    @Operation(summary = "The case's referrals, newest first")
    List<ReferralView> list(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return referrals.list(user, id);
    }

    @PostMapping
    @Requires(Action.CASE_WRITE)
    @Operation(summary = "Refer the case to a provider",
            description = "Needs the survivor's current consent to a referral for the provider's service; without it "
                    + "422, unless overrideReason is given by a user allowed to override consent (403 otherwise). "
                    + "An unknown or inactive provider is a field problem (400).")
    ResponseEntity<ReferralView> create(@PathVariable long id, @RequestBody ReferralDraft body,
                                        @Parameter(description = "makes a retried create safe")
                                        @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                        @AuthenticationPrincipal CurrentUser user) {
        Idempotency.Outcome outcome = referrals.create(user, id, body, key);
        return Responses.created(URI.create("/api/v1/cases/" + id + "/referrals/" + outcome.id()),
                referrals.read(user, id, outcome.id()), outcome.repeated());
    }

    @GetMapping("/{referralId}")
    @Requires(Action.CASE_READ)
    @Operation(summary = "One referral")
    ReferralView get(@PathVariable long id, @PathVariable long referralId, @AuthenticationPrincipal CurrentUser user) {
        return referrals.read(user, id, referralId);
    }

    @PostMapping("/{referralId}/status")
    @Requires(Action.CASE_WRITE)
    @Operation(summary = "Change the referral's status",
            description = "IN_PROGRESS → ACCEPTED | REJECTED | REVOKED, ACCEPTED → DONE | REVOKED. The provider's answer "
                    + "(ACCEPTED, REJECTED) needs answeredOn and answeredBy. A stale version gets 409.")
    ReferralView changeStatus(@PathVariable long id, @PathVariable long referralId, @RequestBody StatusChange body,
                              @AuthenticationPrincipal CurrentUser user) {
        return referrals.changeStatus(user, id, referralId, body);
    }

    @PutMapping("/{referralId}")
    @Requires(Action.CASE_WRITE)
    @Operation(summary = "Change the referral's status (same as POST …/status)")
    ReferralView update(@PathVariable long id, @PathVariable long referralId, @RequestBody StatusChange body,
                        @AuthenticationPrincipal CurrentUser user) {
        return referrals.changeStatus(user, id, referralId, body);
    }

    @GetMapping(value = "/{referralId}/letter.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Requires(Action.CASE_READ)
    @Operation(summary = "The referral letter (PDF, in the survivor's language, minimum data; audited)")
    ResponseEntity<byte[]> letter(@PathVariable long id, @PathVariable long referralId,
                                  @AuthenticationPrincipal CurrentUser user) {
        return pdf(letters.issue(user, id, referralId), referralId);
    }

    /** The letter as an attachment named by the referral id only (no name or case number in the file name). */
    static ResponseEntity<byte[]> pdf(ReferralLetter.Letter letter, long referralId) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("referral-" + referralId + ".pdf").build().toString())
                .header(HttpHeaders.CONTENT_LANGUAGE, letter.language().toLanguageTag())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(letter.pdf());
    }
}
