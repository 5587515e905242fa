package kz.tendik.cases.web;

import kz.tendik.cases.access.CaseReach;
import kz.tendik.cases.file.CaseFiles;
import kz.tendik.cases.plan.CasePlanView;
import kz.tendik.cases.plan.CasePlans;
import kz.tendik.identity.AccessPolicy;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the case page's help plan section shows (the plan's read is audited) and whether the user may mark it
 * reviewed: a supervisor or manager, by normal reach, of a plan not yet reviewed that someone else changed last.
 */
@Component
class CasePlanSections {

    private final CasePlans plans;
    private final AccessPolicy policy;

    CasePlanSections(CasePlans plans, AccessPolicy policy) {
        this.plans = plans;
        this.policy = policy;
    }

    /** Called by the case page after it has checked and audited the read of the case. */
    void addTo(Model model, CurrentUser user, CaseFiles.CaseView kase) {
        CasePlanView plan = plans.read(user, kase.id());
        model.addAttribute("casePlan", plan);
        model.addAttribute("casePlanToday", plans.today());
        boolean normalReach = !kase.reach().equals(CaseReach.BREAK_GLASS.name());
        model.addAttribute("mayReviewCasePlan", policy.permits(user.role(), Action.CASE_PLAN_REVIEW) && normalReach
                && kase.stage().isOpen() && plan.exists() && !plan.reviewed() && plan.updatedBy() != user.id());
        if (!model.containsAttribute("casePlanReview")) {
            model.addAttribute("casePlanReview", new CasePlanForm.ReviewForm(plan.version()));
        }
    }
}
