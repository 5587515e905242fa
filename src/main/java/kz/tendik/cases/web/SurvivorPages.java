package kz.tendik.cases.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;
import kz.tendik.cases.file.CaseFiles;
import kz.tendik.cases.file.StaleVersionException;
import kz.tendik.cases.registry.SurvivorEdits;
import kz.tendik.cases.registry.SurvivorRegistry;
import kz.tendik.cases.registry.SurvivorStore;
import kz.tendik.cases.survivor.ChannelKind;
import kz.tendik.cases.survivor.DisplacementStatus;
import kz.tendik.cases.survivor.MaritalStatus;
import kz.tendik.cases.survivor.Sex;
import kz.tendik.cases.survivor.SurvivorProfile;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import kz.tendik.shared.web.UserInputException.FieldProblem;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code /cases/{id}/survivor}: the form that changes the survivor's profile, opened from the case page's profile
 * section (to htmx the form alone, to a browser without script a page with it). Mistakes come back with every field
 * named; a change someone else saved first is refused and nothing is overwritten; a saved change returns to the
 * profile section.
 */
@Controller
@RequestMapping("/cases/{id}/survivor")
class SurvivorPages {

    private static final String PAGE = "cases/survivor-edit";

    private final CaseFiles files;
    private final SurvivorRegistry registry;
    private final SurvivorEdits edits;
    private final SectionReturn sectionReturn;

    SurvivorPages(CaseFiles files, SurvivorRegistry registry, SurvivorEdits edits, SectionReturn sectionReturn) {
        this.files = files;
        this.registry = registry;
        this.edits = edits;
        this.sectionReturn = sectionReturn;
    }

    @GetMapping
    @Requires(Action.CASE_WRITE)
    String form(@PathVariable long id, @RequestHeader(value = "HX-Request", required = false) String htmx,
                @AuthenticationPrincipal CurrentUser user, Model model) {
        CaseFiles.CaseView kase = files.read(user, id);
        SurvivorStore.Stored stored = registry.read(user, kase.survivorId());
        String page = page(kase, ProfileForm.of(stored.profile(), stored.version()), model);
        return htmx == null ? page : PAGE + " :: profileForm";
    }

    @PostMapping
    @Requires(Action.CASE_WRITE)
    String save(@PathVariable long id, @ModelAttribute("profile") ProfileForm form, BindingResult binding,
                @RequestHeader(value = "HX-Request", required = false) String htmx, HttpServletResponse response,
                @AuthenticationPrincipal CurrentUser user, Model model) {
        CaseFiles.CaseView kase = files.read(user, id);
        List<FieldProblem> parsing = new ArrayList<>();
        SurvivorProfile profile = form.toProfile(parsing);
        if (!parsing.isEmpty() || binding.hasErrors()) {
            FormProblems.reject(binding, form.renames(), SurvivorForm.combined(parsing, registry.problems(profile)));
        } else {
            try {
                Object saved = FormProblems.attempt(binding, form.renames(),
                        () -> edits.update(user, kase.survivorId(), form.getVersion(), profile));
                if (saved != null) {
                    return sectionReturn.to(id, "profile", htmx, response, user, model, "profile");
                }
            } catch (StaleVersionException e) {
                binding.reject(e.detailKey());
            }
        }
        form.keepAnEmptyRow();
        return page(kase, form, model);
    }

    private String page(CaseFiles.CaseView kase, ProfileForm form, Model model) {
        model.addAttribute("kase", kase);
        model.addAttribute("profile", form);
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("maritalStatuses", MaritalStatus.values());
        model.addAttribute("displacementStatuses", DisplacementStatus.values());
        model.addAttribute("channelKinds", ChannelKind.values());
        // a language recorded through the API stays a choice, so saving the form does not drop it
        model.addAttribute("languageCodes", Stream.concat(Stream.of("kk", "ru", "en"),
                form.getLanguages().stream()).filter(code -> code != null && !code.isBlank()).distinct().toList());
        return PAGE;
    }
}
