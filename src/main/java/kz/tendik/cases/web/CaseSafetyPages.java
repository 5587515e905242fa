package kz.tendik.cases.web;

import java.util.Map;

import kz.tendik.cases.file.CaseFiles;
import kz.tendik.cases.file.StaleVersionException;
import kz.tendik.cases.measure.MeasureType;
import kz.tendik.cases.measure.SpecialCondition;
import kz.tendik.cases.risk.RiskAnswer;
import kz.tendik.cases.risk.RiskLevel;
import kz.tendik.cases.safety.ProtectiveMeasureView;
import kz.tendik.cases.safety.ProtectiveMeasures;
import kz.tendik.cases.safety.RiskAssessments;
import kz.tendik.cases.safety.SafetyPlanView;
import kz.tendik.cases.safety.SafetyPlans;
import kz.tendik.cases.web.SafetyForms.BreachForm;
import kz.tendik.cases.web.SafetyForms.MeasureForm;
import kz.tendik.cases.web.SafetyForms.PlanForm;
import kz.tendik.cases.web.SafetyForms.RiskForm;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The pages behind the case page's safety sections: the risk checklist (one yes / no / not known per question, in the
 * user's language), the safety plan, a new protective measure and a breach of one. Nothing is stored until "save".
 */
@Controller
@RequestMapping("/cases/{id}")
class CaseSafetyPages {

    private final RiskAssessments assessments;
    private final SafetyPlans plans;
    private final ProtectiveMeasures measures;
    private final CaseFiles files;

    CaseSafetyPages(RiskAssessments assessments, SafetyPlans plans, ProtectiveMeasures measures, CaseFiles files) {
        this.assessments = assessments;
        this.plans = plans;
        this.measures = measures;
        this.files = files;
    }

    // ---- risk assessment

    @GetMapping("/risk-assessments/new")
    @Requires(Action.CASE_WRITE)
    String newAssessment(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return riskPage(id, new RiskForm(), user, model);
    }

    @PostMapping("/risk-assessments/new")
    @Requires(Action.CASE_WRITE)
    String recordAssessment(@PathVariable long id, @ModelAttribute("risk") RiskForm form, BindingResult binding,
                            @AuthenticationPrincipal CurrentUser user, Model model) {
        Object done = binding.hasErrors() ? null
                : FormProblems.attempt(binding, Map.of(), () -> assessments.record(user, id, form.toDraft(), null));
        return done == null ? riskPage(id, form, user, model) : "redirect:/cases/" + id + "#risk";
    }

    private String riskPage(long id, RiskForm form, CurrentUser user, Model model) {
        model.addAttribute("kase", files.read(user, id));
        model.addAttribute("risk", form);
        model.addAttribute("instrument", assessments.standardInstrument());
        model.addAttribute("riskAnswers", RiskAnswer.values());
        model.addAttribute("riskLevels", RiskLevel.values());
        return "cases/risk-assessment";
    }

    // ---- safety plan

    @GetMapping("/safety-plan")
    @Requires(Action.CASE_WRITE)
    String plan(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("kase", files.read(user, id));
        SafetyPlanView view = plans.read(user, id);
        model.addAttribute("plan", PlanForm.of(view.plan(), view.version()));
        return "cases/safety-plan";
    }

    @PostMapping("/safety-plan")
    @Requires(Action.CASE_WRITE)
    String savePlan(@PathVariable long id, @ModelAttribute("plan") PlanForm form, BindingResult binding,
                    @AuthenticationPrincipal CurrentUser user, Model model) {
        try {
            Object done = binding.hasErrors() ? null
                    : FormProblems.attempt(binding, Map.of(), () -> plans.update(user, id, form.toContent()));
            if (done != null) {
                return "redirect:/cases/" + id + "#safety-plan";
            }
        } catch (StaleVersionException e) {
            binding.reject("cases.problem.stale.detail");
        }
        model.addAttribute("kase", files.read(user, id));
        return "cases/safety-plan";
    }

    // ---- protective measures

    @GetMapping("/protective-measures/new")
    @Requires(Action.CASE_WRITE)
    String newMeasure(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return measurePage(id, new MeasureForm(), user, model);
    }

    @PostMapping("/protective-measures/new")
    @Requires(Action.CASE_WRITE)
    String recordMeasure(@PathVariable long id, @ModelAttribute("measure") MeasureForm form, BindingResult binding,
                         @AuthenticationPrincipal CurrentUser user, Model model) {
        Object done = binding.hasErrors() ? null
                : FormProblems.attempt(binding, Map.of(), () -> measures.record(user, id, form.toDraft(), null));
        return done == null ? measurePage(id, form, user, model) : "redirect:/cases/" + id + "#measures";
    }

    private String measurePage(long id, MeasureForm form, CurrentUser user, Model model) {
        model.addAttribute("kase", files.read(user, id));
        model.addAttribute("measure", form);
        model.addAttribute("measureTypes", MeasureType.values());
        model.addAttribute("conditions", SpecialCondition.values());
        return "cases/measure";
    }

    @GetMapping("/protective-measures/{measureId}/breaches/new")
    @Requires(Action.CASE_WRITE)
    String newBreach(@PathVariable long id, @PathVariable long measureId, @AuthenticationPrincipal CurrentUser user,
                     Model model) {
        return breachPage(id, measureId, new BreachForm(), user, model);
    }

    @PostMapping("/protective-measures/{measureId}/breaches/new")
    @Requires(Action.CASE_WRITE)
    String recordBreach(@PathVariable long id, @PathVariable long measureId, @ModelAttribute("breach") BreachForm form,
                        BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model) {
        Object done = binding.hasErrors() ? null
                : FormProblems.attempt(binding, Map.of(), () -> measures.recordBreach(user, id, measureId, form.toDraft(), null));
        return done == null ? breachPage(id, measureId, form, user, model) : "redirect:/cases/" + id + "#measures";
    }

    private String breachPage(long id, long measureId, BreachForm form, CurrentUser user, Model model) {
        ProtectiveMeasureView measure = measures.read(user, id, measureId);
        model.addAttribute("kase", files.read(user, id));
        model.addAttribute("stored", measure);
        model.addAttribute("breach", form);
        return "cases/measure-breach";
    }
}
