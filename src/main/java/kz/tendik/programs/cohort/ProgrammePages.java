package kz.tendik.programs.cohort;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import kz.tendik.shared.web.UserInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** {@code /programmes}: the coordinator's list of programmes and the form to define or change one. */
@Controller
@RequestMapping("/programmes")
@Requires(Action.PROGRAMME_MANAGE)
class ProgrammePages {

    private final Programmes programmes;
    private final Cohorts cohorts;
    private final JdbcClient jdbc;
    private final Completions completions;

    ProgrammePages(Programmes programmes, Cohorts cohorts, JdbcClient jdbc, Completions completions) {
        this.completions = completions;
        this.programmes = programmes;
        this.cohorts = cohorts;
        this.jdbc = jdbc;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("programmes", programmes.visible(user));
        return "programs/programmes";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return form(new ProgrammeForm(), null, model);
    }

    @PostMapping
    String create(@ModelAttribute("programme") ProgrammeForm form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model) {
        return submit(binding, () -> programmes.create(form.toDraft(), user))
                .map(id -> "redirect:/programmes/" + id + "/edit")
                .orElseGet(() -> form(form, null, model));
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("canOpenCohorts", user.role() == kz.tendik.identity.Role.PROGRAMME_COORDINATOR);
        model.addAttribute("cohorts", cohorts.ofProgramme(id, user));
        return form(ProgrammeForm.of(programmes.get(id, user)), id, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("programme") ProgrammeForm form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model) {
        return submit(binding, () -> {
                    programmes.update(id, form.toDraft(), user);
                    return id;
                })
                .map(x -> "redirect:/programmes/" + id + "/edit")
                .orElseGet(() -> {
                    model.addAttribute("cohorts", cohorts.ofProgramme(id, user));
                    return form(form, id, model);
                });
    }

    /** The completion rule: minimum attendance in percent and the required modules (checkboxes). */
    @PostMapping("/{id}/completion-rule")
    String completionRule(@PathVariable long id,
                          @org.springframework.web.bind.annotation.RequestParam(required = false) Integer minAttendancePercent,
                          @org.springframework.web.bind.annotation.RequestParam(required = false) List<String> requiredModules,
                          @AuthenticationPrincipal CurrentUser user, Model model) {
        try {
            completions.setRule(id, new CompletionRule.Draft(minAttendancePercent, requiredModules), user);
        } catch (UserInputException e) {
            model.addAttribute("ruleError", e.problems().get(0).messageKey());
            model.addAttribute("cohorts", cohorts.ofProgramme(id, user));
            return form(ProgrammeForm.of(programmes.get(id, user)), id, model);
        }
        return "redirect:/programmes/" + id + "/edit";
    }

    private String form(ProgrammeForm form, Long id, Model model) {
        if (id != null) {
            model.addAttribute("rule", completions.rule(id));
            model.addAttribute("curriculum", programmes.find(id).orElseThrow().modules());
        }
        model.addAttribute("programme", form);
        model.addAttribute("programmeId", id);
        model.addAttribute("kinds", ProgrammeKind.values());
        model.addAttribute("regions", regions(jdbc));
        model.addAttribute("languageCodes", List.of("kk", "ru", "en"));
        if (!model.containsAttribute("cohorts")) {
            model.addAttribute("cohorts", List.of());
        }
        return "programs/programme-form";
    }

    /** Runs the action; a refused rule lands on the form's fields. Empty when the form must be shown again. */
    static <R> Optional<R> submit(BindingResult binding, Supplier<R> action) {
        if (binding.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.of(action.get());
        } catch (UserInputException e) {
            for (UserInputException.FieldProblem problem : e.problems()) {
                if (problem.field() == null || problem.field().contains("[")) {
                    binding.reject(problem.messageKey(), problem.arguments(), null);
                } else {
                    binding.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
                }
            }
            return Optional.empty();
        }
    }

    record RegionOption(String code, String nameKk, String nameRu, String nameEn) {
        public String name(java.util.Locale locale) {
            return switch (locale.getLanguage()) {
                case "kk" -> nameKk;
                case "en" -> nameEn;
                default -> nameRu;
            };
        }
    }

    static List<RegionOption> regions(JdbcClient jdbc) {
        return jdbc.sql("SELECT code, name_kk, name_ru, name_en FROM region ORDER BY code")
                .query((rs, n) -> new RegionOption(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }
}
