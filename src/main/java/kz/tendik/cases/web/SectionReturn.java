package kz.tendik.cases.web;

import jakarta.servlet.http.HttpServletResponse;
import kz.tendik.identity.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * After a case page form is saved: back to the case page's section. To htmx (which would follow a 302 inside its own
 * request, and would not reload a page that differs only by its anchor) the case page as it is now, of which it swaps
 * in the section; to a browser without script a redirect to it.
 */
@Component
class SectionReturn {

    private final CasePages casePage;

    SectionReturn(CasePages casePage) {
        this.casePage = casePage;
    }

    /** {@code forms}: the model attributes of the forms just saved, which the case page must not show again. */
    String to(long caseId, String section, String htmx, HttpServletResponse response, CurrentUser user, Model model,
              String... forms) {
        if (htmx == null) {
            return "redirect:/cases/" + caseId + "#" + section;
        }
        response.setHeader("HX-Retarget", "#" + section);
        response.setHeader("HX-Reselect", "#" + section);
        response.setHeader("HX-Reswap", "outerHTML");
        model.asMap().keySet().removeIf(key -> key.startsWith(BindingResult.MODEL_KEY_PREFIX));
        for (String form : forms) {
            model.asMap().remove(form);
        }
        return casePage.view(caseId, user, model);
    }
}
