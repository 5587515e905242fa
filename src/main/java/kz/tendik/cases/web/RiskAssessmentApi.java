package kz.tendik.cases.web;

import java.net.URI;
import java.util.List;

import kz.tendik.cases.safety.RiskAssessmentDraft;
import kz.tendik.cases.safety.RiskAssessmentView;
import kz.tendik.cases.safety.RiskAssessments;
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

/** {@code /api/v1/cases/{id}/risk-assessments}: the history (newest first) and a new assessment. */
@RestController
@RequestMapping("/api/v1/cases/{id}/risk-assessments")
class RiskAssessmentApi {

    private final RiskAssessments assessments;

    RiskAssessmentApi(RiskAssessments assessments) {
        this.assessments = assessments;
    }

    @GetMapping
    @Requires(Action.CASE_READ)
    List<RiskAssessmentView> list(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return assessments.list(user, id);
    }

    @PostMapping
    @Requires(Action.CASE_WRITE)
    ResponseEntity<RiskAssessmentView> record(@PathVariable long id, @RequestBody RiskAssessmentDraft body,
                                              @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                              @AuthenticationPrincipal CurrentUser user) {
        Idempotency.Outcome outcome = assessments.record(user, id, body, key);
        return Responses.created(URI.create("/api/v1/cases/" + id + "/risk-assessments#" + outcome.id()),
                assessments.read(user, id, outcome.id()), outcome.repeated());
    }
}
