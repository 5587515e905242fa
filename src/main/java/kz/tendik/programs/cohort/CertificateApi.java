package kz.tendik.programs.cohort;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import kz.tendik.shared.web.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Certificates: under a cohort for its staff (list, issue and revoke by the coordinator, PDF), and the public check
 * {@code GET /api/v1/certificates/{code}} that anyone may call without signing in.
 */
@Tag(name = "Certificates", description = "Certificates of completion (issued and revoked by the coordinator, PDF in kk/ru/en) and their public check")
@RestController
class CertificateApi {

    private final Certificates certificates;

    CertificateApi(Certificates certificates) {
        this.certificates = certificates;
    }

    @Operation(summary = "The cohort's certificates")
    @GetMapping("/api/v1/cohorts/{id}/certificates")
    @Requires(Action.COHORT_FACILITATE)
    List<Certificate> list(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return certificates.list(id, user);
    }

    record Issue(Long enrolmentId, String language) {
    }

    @Operation(summary = "Issue a certificate to a participant who completed",
            description = "400 when she did not complete or already has a valid one")
    @PostMapping("/api/v1/cohorts/{id}/certificates")
    @Requires(Action.COHORT_MANAGE)
    ResponseEntity<Certificate> issue(@PathVariable long id, @RequestBody Issue body,
                                      @AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.status(201).body(certificates.issue(id, body.enrolmentId(), body.language(), user));
    }

    @Operation(summary = "Revoke a certificate")
    @PostMapping("/api/v1/cohorts/{id}/certificates/{certificateId}/revocation")
    @Requires(Action.COHORT_MANAGE)
    Certificate revoke(@PathVariable long id, @PathVariable long certificateId, @AuthenticationPrincipal CurrentUser user) {
        return certificates.revoke(id, certificateId, user);
    }

    @Operation(summary = "The certificate as a PDF in its language")
    @GetMapping("/api/v1/cohorts/{id}/certificates/{certificateId}/pdf")
    @Requires(Action.COHORT_FACILITATE)
    ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable long certificateId,
                               @AuthenticationPrincipal CurrentUser user) {
        return pdfResponse(certificates.pdf(id, certificateId, user), certificateId);
    }

    static ResponseEntity<byte[]> pdfResponse(byte[] pdf, long certificateId) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("certificate-" + certificateId + ".pdf").build().toString())
                .body(pdf);
    }

    /** Public: whether a certificate with this code exists and is valid, with the minimum to recognise it. */
    @Operation(summary = "Check a certificate by its verification code (no sign-in)",
            description = "Whether a valid certificate with this code exists, with the minimum to recognise it; 404 for an unknown or revoked code")
    @GetMapping("/api/v1/certificates/{code}")
    @Requires(Action.PUBLIC)
    CertificateCheck check(@PathVariable String code, Locale locale) {
        return certificates.check(code, locale).orElseThrow(NotFoundException::new);
    }
}
