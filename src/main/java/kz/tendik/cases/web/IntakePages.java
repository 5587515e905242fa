package kz.tendik.cases.web;

import java.util.ArrayList;
import java.util.List;

import kz.tendik.cases.casefile.FamilyCategory;
import kz.tendik.cases.registry.PossibleDuplicatesException;
import kz.tendik.cases.registry.SurvivorMatch;
import kz.tendik.cases.registry.SurvivorRegistry;
import kz.tendik.cases.survivor.DisplacementStatus;
import kz.tendik.cases.survivor.MaritalStatus;
import kz.tendik.cases.survivor.Sex;
import kz.tendik.cases.survivor.SurvivorProfile;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import kz.tendik.shared.web.UserInputException;
import kz.tendik.shared.web.UserInputException.FieldProblem;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /cases/intake}: search first (name, IIN, phone) and see possible matches in the centre; open a case for a
 * match, or continue to the new-survivor form, which registers the survivor and opens the case at once. Submitting the
 * form runs the duplicate check again with everything typed in it: possible matches are shown (initials and case
 * numbers) and the survivor is registered only when the user then says none of them is her.
 */
@Controller
@RequestMapping("/cases/intake")
class IntakePages {

    private final Intake intake;
    private final SurvivorRegistry registry;

    IntakePages(Intake intake, SurvivorRegistry registry) {
        this.intake = intake;
        this.registry = registry;
    }

    @GetMapping
    @Requires(Action.CASE_WRITE)
    String search(@RequestParam(required = false) String name, @RequestParam(required = false) String iin,
                  @RequestParam(required = false) String phone, @AuthenticationPrincipal CurrentUser user, Model model) {
        boolean searched = !blank(name) || !blank(iin) || !blank(phone);
        List<SurvivorMatch> matches = searched ? intake.search(user, name, iin, phone) : List.of();
        model.addAttribute("name", name);
        model.addAttribute("iin", iin);
        model.addAttribute("phone", phone);
        model.addAttribute("searched", searched);
        model.addAttribute("matches", matches);
        return "cases/intake";
    }

    @GetMapping("/new")
    @Requires(Action.CASE_WRITE)
    String newSurvivor(@RequestParam(required = false) String name, @RequestParam(required = false) String iin,
                       @RequestParam(required = false) String phone, Model model) {
        SurvivorForm form = new SurvivorForm();
        form.setFullName(name);
        form.setIin(iin);
        form.setPhone(phone);
        form.setSex(Sex.FEMALE);
        return form(form, model);
    }

    @PostMapping
    @Requires(Action.CASE_WRITE)
    String register(@ModelAttribute("survivor") SurvivorForm form, BindingResult binding,
                    @AuthenticationPrincipal CurrentUser user, Model model) {
        List<FieldProblem> parsing = new ArrayList<>();
        SurvivorProfile profile = form.toProfile(parsing);
        if (!parsing.isEmpty() || binding.hasErrors()) {
            FormProblems.reject(binding, SurvivorForm.RENAMES, SurvivorForm.combined(parsing, registry.problems(profile)));
            return form(form, model);
        }
        try {
            Long caseId = FormProblems.attempt(binding, SurvivorForm.RENAMES, () -> intake.registerAndOpen(user, profile,
                    form.getFamilyCategory(), form.getReviewedDuplicates()));
            return caseId == null ? form(form, model) : "redirect:/cases/" + caseId;
        } catch (PossibleDuplicatesException e) {
            // shown now: she may be one of them; registering anyway then names exactly these as reviewed
            List<SurvivorMatch> duplicates = registry.possibleDuplicatesOf(user, profile);
            form.setReviewedDuplicates(duplicates.stream().map(SurvivorMatch::survivorId).toList());
            model.addAttribute("duplicates", duplicates);
            return form(form, model);
        }
    }

    @PostMapping("/open")
    @Requires(Action.CASE_WRITE)
    String openForExisting(@RequestParam(required = false) Long survivorId, @AuthenticationPrincipal CurrentUser user) {
        if (survivorId == null) {
            throw new UserInputException("survivorId", "validation.required");
        }
        return "redirect:/cases/" + intake.openFor(user, survivorId);
    }

    private String form(SurvivorForm form, Model model) {
        model.addAttribute("survivor", form);
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("maritalStatuses", MaritalStatus.values());
        model.addAttribute("displacementStatuses", DisplacementStatus.values());
        model.addAttribute("categories", FamilyCategory.values());
        model.addAttribute("languageCodes", List.of("kk", "ru", "en"));
        return "cases/survivor-form";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

}
