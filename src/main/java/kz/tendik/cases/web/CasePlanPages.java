package kz.tendik.cases.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import kz.tendik.cases.casefile.ReferralPurpose;
import kz.tendik.cases.file.CaseFiles;
import kz.tendik.cases.file.StaleVersionException;
import kz.tendik.cases.plan.CasePlanView;
import kz.tendik.cases.plan.CasePlans;
import kz.tendik.cases.plan.PlannedService;
import kz.tendik.cases.plan.ProvidedBy;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import kz.tendik.shared.web.UserInputException;
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
 * The help plan's own page (like the safety plan's): the whole plan in one form, nothing stored until "save", every
 * mistake on its field (a planned service's on its row); and the supervisor's "reviewed" button of the case page,
 * whose refusal comes back on the case page.
 */
@Controller
@RequestMapping("/cases/{id}/case-plan")
class CasePlanPages {

    private static final Pattern SERVICE_ROW = Pattern.compile("^services\\[(\\d+)]");

    private final CasePlans plans;
    private final CaseFiles files;
    private final CasePages casePage;

    CasePlanPages(CasePlans plans, CaseFiles files, CasePages casePage) {
        this.plans = plans;
        this.files = files;
        this.casePage = casePage;
    }

    @GetMapping
    @Requires(Action.CASE_WRITE)
    String plan(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        CasePlanView view = plans.read(user, id);
        model.addAttribute("casePlan", CasePlanForm.of(view, plans.today()));
        return page(id, user, model);
    }

    @PostMapping
    @Requires(Action.CASE_WRITE)
    String save(@PathVariable long id, @ModelAttribute("casePlan") CasePlanForm form, BindingResult binding,
                @AuthenticationPrincipal CurrentUser user, Model model) {
        if (!binding.hasErrors()) {
            try {
                plans.update(user, id, form.toDraft());
                return "redirect:/cases/" + id + "#case-plan";
            } catch (StaleVersionException e) {
                binding.reject("cases.problem.stale.detail");
            } catch (UserInputException e) {
                reject(binding, form.sentRows(), e);
            }
        }
        form.padRows();
        return page(id, user, model);
    }

    @PostMapping("/review")
    @Requires(Action.CASE_PLAN_REVIEW)
    String review(@PathVariable long id, @ModelAttribute("casePlanReview") CasePlanForm.ReviewForm form,
                  BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model) {
        if (!binding.hasErrors()) {
            try {
                plans.review(user, id, form.getVersion());
                return "redirect:/cases/" + id + "#case-plan";
            } catch (StaleVersionException e) {
                binding.reject("cases.problem.stale.detail");
            } catch (UserInputException e) {
                e.problems().forEach(p -> binding.reject(p.messageKey(), p.arguments(), null));
            }
        }
        return casePage.view(id, user, model);
    }

    private String page(long id, CurrentUser user, Model model) {
        model.addAttribute("kase", files.read(user, id));
        model.addAttribute("storedServices", plans.planOf(id).services().stream()
                .collect(Collectors.toMap(PlannedService::id, s -> s)));
        model.addAttribute("purposes", ReferralPurpose.values());
        model.addAttribute("providers", ProvidedBy.values());
        return "cases/case-plan-form";
    }

    /** Each problem on its field; a service's {@code services[i]} is the i-th row sent, put back on its form row. */
    private static void reject(BindingResult binding, List<Integer> sentRows, UserInputException e) {
        for (UserInputException.FieldProblem p : e.problems()) {
            String field = p.field();
            if (field != null) {
                Matcher row = SERVICE_ROW.matcher(field);
                if (row.find()) {
                    int sent = Integer.parseInt(row.group(1));
                    field = "services[" + (sent < sentRows.size() ? sentRows.get(sent) : sent) + "]"
                            + field.substring(row.end());
                }
            }
            if (field == null || field.equals("version")) {
                binding.reject(p.messageKey(), p.arguments(), null);
            } else if (!binding.hasFieldErrors(field)) {
                binding.rejectValue(field, p.messageKey(), p.arguments(), null);
            }
        }
    }
}
