package kz.tendik.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.tendik.cases.plan.CasePlanDraft;
import kz.tendik.cases.plan.CasePlanView;
import kz.tendik.cases.plan.CasePlans;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/cases/{id}/case-plan}: the help plan (version 0 when none), its change and its review. */
@RestController
@RequestMapping("/api/v1/cases/{id}/case-plan")
@Tag(name = "Case plan", description = "The case's help plan: the survivor's goals, the planned services, the review")
class CasePlanApi {

    private final CasePlans plans;

    CasePlanApi(CasePlans plans) {
        this.plans = plans;
    }

    /** The version of the plan the reviewer has read. */
    record ReviewRequest(Integer version) {
    }

    @GetMapping
    @Requires(Action.CASE_READ)
    @Operation(summary = "The case plan (version 0 when there is none yet)")
    CasePlanView get(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return plans.read(user, id);
    }

    @PutMapping
    @Requires(Action.CASE_WRITE)
    @Operation(summary = "Write or change the case plan with the version read",
            description = "The whole plan is replaced. 400 names every field in the user's language (services by "
                    + "position, e.g. services[1].targetOn); a stale version is 409 and nothing is stored. A plan the "
                    + "survivor agreed to, with at least one service, moves the case to the case plan stage. A change "
                    + "clears the supervisor's review. Send a planned service the plan has with its id: a planned "
                    + "service for which services were delivered (deliveries > 0) must stay, with its purpose.")
    CasePlanView put(@PathVariable long id, @RequestBody CasePlanDraft body,
                     @AuthenticationPrincipal CurrentUser user) {
        return plans.update(user, id, body);
    }

    @PostMapping("/review")
    @Requires(Action.CASE_PLAN_REVIEW)
    @Operation(summary = "Mark the case plan of the version read reviewed",
            description = "A supervisor or centre manager only (403 otherwise), never the one who changed it last "
                    + "(422); a stale version is 409.")
    CasePlanView review(@PathVariable long id, @RequestBody ReviewRequest body,
                        @AuthenticationPrincipal CurrentUser user) {
        return plans.review(user, id, body.version());
    }
}
