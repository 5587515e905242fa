package kz.tendik.programs.cohort;

import java.util.List;

import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import kz.tendik.shared.web.UserInputException;
import org.springframework.beans.propertyeditors.StringArrayPropertyEditor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A coordinator opens a cohort under a programme ({@code /cohorts/new}, session rows added and removed with htmx),
 * changes it ({@code /cohorts/{id}/edit}, refused when someone changed it meanwhile) and closes it.
 */
@Controller
@RequestMapping("/cohorts")
@Requires(Action.COHORT_MANAGE)
class CohortFormPages {

    private final Cohorts cohorts;
    private final Programmes programmes;
    private final CohortClosing closing;
    private final JdbcClient jdbc;

    CohortFormPages(Cohorts cohorts, Programmes programmes, CohortClosing closing, JdbcClient jdbc) {
        this.cohorts = cohorts;
        this.programmes = programmes;
        this.closing = closing;
        this.jdbc = jdbc;
    }

    @InitBinder("cohort")
    void keepCommas(WebDataBinder binder) {
        binder.registerCustomEditor(String[].class, new StringArrayPropertyEditor(null));
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) Long programmeId, @AuthenticationPrincipal CurrentUser user,
                   Model model) {
        CohortForm form = new CohortForm();
        form.setProgrammeId(programmeId);
        form.setSessionDate(new String[] {""});
        form.setSessionTopic(new String[] {""});
        return form(form, null, user, model);
    }

    /** One empty session row for the form (htmx appends it). */
    @GetMapping("/new/session-row")
    String sessionRow() {
        return "programs/fragments :: sessionRow";
    }

    @PostMapping
    String create(@ModelAttribute("cohort") CohortForm form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model) {
        return ProgrammePages.submit(binding, () -> cohorts.create(form.toDraft(), user))
                .map(id -> "redirect:/cohorts/" + id)
                .orElseGet(() -> form(form, null, user, model));
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return form(CohortForm.of(cohorts.manage(id, user)), id, user, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("cohort") CohortForm form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model) {
        try {
            return ProgrammePages.submit(binding, () -> {
                        cohorts.update(id, form.getVersion(), form.toDraft(), user);
                        return id;
                    })
                    .map(x -> "redirect:/cohorts/" + id)
                    .orElseGet(() -> form(form, id, user, model));
        } catch (StaleVersionException e) {
            binding.reject("programs.problem.stale.detail");
            form.setVersion(e.currentVersion());
            return form(form, id, user, model);
        }
    }

    @PostMapping("/{id}/closure")
    String close(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        try {
            closing.close(id, user);
        } catch (UserInputException alreadyClosed) {
            // the page shows the cohort as closed
        }
        return "redirect:/cohorts/" + id;
    }

    private String form(CohortForm form, Long id, CurrentUser user, Model model) {
        model.addAttribute("cohort", form);
        model.addAttribute("cohortId", id);
        model.addAttribute("programmes", id == null ? programmes.visible(user)
                : List.of(programmes.find(cohorts.get(id, user).programmeId()).orElseThrow()));
        model.addAttribute("regions", ProgrammePages.regions(jdbc));
        model.addAttribute("facilitators", cohorts.facilitators());
        return "programs/cohort-form";
    }
}
