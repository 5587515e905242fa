package kz.tendik.cases.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.tendik.cases.referral.ProgrammeReferrals;
import kz.tendik.cases.referral.ProgrammeReferrals.ProgrammeReferral;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/cases/{id}/programme-referrals}: the codes referring the survivor to programmes; issue one. */
@RestController
@RequestMapping("/api/v1/cases/{id}/programme-referrals")
@Tag(name = "Programme referrals", description = "Opaque codes referring a survivor, with consent, to a programme")
class ProgrammeReferralApi {

    private final ProgrammeReferrals programmeReferrals;

    ProgrammeReferralApi(ProgrammeReferrals programmeReferrals) {
        this.programmeReferrals = programmeReferrals;
    }

    @GetMapping
    @Requires(Action.CASE_READ)
    @Operation(summary = "The programme referral codes issued for the case, newest first")
    List<ProgrammeReferral> list(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return programmeReferrals.list(user, id);
    }

    @PostMapping
    @Requires(Action.CASE_WRITE)
    @Operation(summary = "Issue a programme referral code",
            description = "Needs the survivor's current consent with purpose PROGRAMME; without it 422 naming "
                    + "\"consent\". The code (PR-XXXXX-XXXXX) is what she gives when she enrols; the programme cannot "
                    + "resolve it to the case.")
    ResponseEntity<ProgrammeReferral> issue(@PathVariable long id,
                                            @Parameter(description = "makes a retried issue give the same code")
                                            @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                            @AuthenticationPrincipal CurrentUser user) {
        ProgrammeReferrals.Issued issued = programmeReferrals.issue(user, id, key);
        return Responses.created(URI.create("/api/v1/cases/" + id + "/programme-referrals"), issued.referral(),
                issued.repeated());
    }
}
