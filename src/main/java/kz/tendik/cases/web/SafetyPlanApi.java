package kz.tendik.cases.web;

import kz.tendik.cases.safety.SafetyPlanContent;
import kz.tendik.cases.safety.SafetyPlanView;
import kz.tendik.cases.safety.SafetyPlans;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/cases/{id}/safety-plan}: the plan (version 0 when none) and its change with the version read. */
@RestController
@RequestMapping("/api/v1/cases/{id}/safety-plan")
class SafetyPlanApi {

    private final SafetyPlans plans;

    SafetyPlanApi(SafetyPlans plans) {
        this.plans = plans;
    }

    @GetMapping
    @Requires(Action.CASE_READ)
    SafetyPlanView get(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return plans.read(user, id);
    }

    @PutMapping
    @Requires(Action.CASE_WRITE)
    SafetyPlanView put(@PathVariable long id, @RequestBody SafetyPlanContent body,
                       @AuthenticationPrincipal CurrentUser user) {
        return plans.update(user, id, body);
    }
}
