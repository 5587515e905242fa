package kz.tendik.cases.web;

import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.tendik.cases.closure.Closures;
import kz.tendik.cases.closure.LegalHolds;
import kz.tendik.cases.file.StaleVersionException;
import kz.tendik.cases.web.ClosureForms.RequestForm;
import kz.tendik.cases.web.ClosureForms.StepForm;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The forms of the case page's closure section. Refused input comes back on the case page with every problem on its
 * field (htmx swaps only the section); a done step reloads the whole page, whose stage and forms it changed.
 */
@Controller
@RequestMapping("/cases/{id}")
class ClosurePages {

    private final Closures closures;
    private final LegalHolds holds;
    private final CasePages casePage;

    ClosurePages(Closures closures, LegalHolds holds, CasePages casePage) {
        this.closures = closures;
        this.holds = holds;
        this.casePage = casePage;
    }

    @PostMapping("/closure")
    @Requires(Action.CASE_WRITE)
    String request(@PathVariable long id, @ModelAttribute("closureRequest") RequestForm form, BindingResult binding,
                   @AuthenticationPrincipal CurrentUser user, Model model, HttpServletRequest request,
                   HttpServletResponse response) {
        return step(id, binding, user, model, request, response, () -> closures.request(user, id, form.toDraft(), null));
    }

    @PostMapping("/closure/approve")
    @Requires(Action.CASE_CLOSURE_APPROVE)
    String approve(@PathVariable long id, @ModelAttribute("closureDecision") StepForm form, BindingResult binding,
                   @AuthenticationPrincipal CurrentUser user, Model model, HttpServletRequest request,
                   HttpServletResponse response) {
        return step(id, binding, user, model, request, response,
                () -> closures.approve(user, id, new Closures.Step(form.getVersion(), null), null));
    }

    @PostMapping("/closure/return")
    @Requires(Action.CASE_CLOSURE_APPROVE)
    String returnRequest(@PathVariable long id, @ModelAttribute("closureDecision") StepForm form, BindingResult binding,
                         @AuthenticationPrincipal CurrentUser user, Model model, HttpServletRequest request,
                         HttpServletResponse response) {
        return step(id, binding, user, model, request, response, () -> closures.returnRequest(user, id, form.toStep(), null));
    }

    @PostMapping("/reopen")
    @Requires(Action.CASE_WRITE)
    String reopen(@PathVariable long id, @ModelAttribute("reopening") StepForm form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model, HttpServletRequest request,
                  HttpServletResponse response) {
        return step(id, binding, user, model, request, response, () -> closures.reopen(user, id, form.toStep(), null));
    }

    @PostMapping("/legal-hold")
    @Requires(Action.CASE_LEGAL_HOLD)
    String placeHold(@PathVariable long id, @ModelAttribute("legalHold") StepForm form, BindingResult binding,
                     @AuthenticationPrincipal CurrentUser user, Model model, HttpServletRequest request,
                     HttpServletResponse response) {
        return step(id, binding, user, model, request, response, () -> holds.place(user, id, form.toStep()));
    }

    @PostMapping("/legal-hold/lift")
    @Requires(Action.CASE_LEGAL_HOLD)
    String liftHold(@PathVariable long id, @ModelAttribute("legalHold") StepForm form, BindingResult binding,
                    @AuthenticationPrincipal CurrentUser user, Model model, HttpServletRequest request,
                    HttpServletResponse response) {
        return step(id, binding, user, model, request, response, () -> holds.lift(user, id, form.getVersion()));
    }

    private String step(long id, BindingResult binding, CurrentUser user, Model model, HttpServletRequest request,
                        HttpServletResponse response, Supplier<Object> action) {
        if (!binding.hasErrors()) {
            try {
                if (FormProblems.attempt(binding, Map.of(), action) != null) {
                    String target = "/cases/" + id + "#closure";
                    if (request.getHeader("HX-Request") == null) {
                        return "redirect:" + target;
                    }
                    response.setHeader("HX-Refresh", "true");
                    return null; // htmx loads the whole page again: its stage, banners and forms changed
                }
            } catch (StaleVersionException e) {
                binding.reject("cases.problem.stale.detail");
            }
        }
        return casePage.view(id, user, model);
    }
}
