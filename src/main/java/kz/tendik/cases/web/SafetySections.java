package kz.tendik.cases.web;

import kz.tendik.cases.safety.ProtectiveMeasures;
import kz.tendik.cases.safety.RiskAssessments;
import kz.tendik.cases.safety.SafetyPlans;
import kz.tendik.identity.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the case page's risk, safety plan and protective measure sections show (the plan's read is audited). */
@Component
class SafetySections {

    private final RiskAssessments assessments;
    private final SafetyPlans plans;
    private final ProtectiveMeasures measures;

    SafetySections(RiskAssessments assessments, SafetyPlans plans, ProtectiveMeasures measures) {
        this.assessments = assessments;
        this.plans = plans;
        this.measures = measures;
    }

    /** Called by the case page after it has checked and audited the read of the case. */
    void addTo(Model model, CurrentUser user, long caseId) {
        model.addAttribute("riskAssessments", assessments.historyOf(caseId));
        model.addAttribute("reassessmentDue", assessments.reassessmentDue(caseId));
        model.addAttribute("safetyPlan", plans.read(user, caseId));
        model.addAttribute("measures", measures.measuresOf(caseId));
    }
}
