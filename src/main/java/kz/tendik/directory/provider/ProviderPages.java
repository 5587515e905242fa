package kz.tendik.directory.provider;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import kz.tendik.directory.ProviderKind;
import kz.tendik.directory.Region;
import kz.tendik.directory.Regions;
import kz.tendik.directory.support.FormErrors;
import kz.tendik.directory.support.Page;
import kz.tendik.identity.AccessPolicy;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import kz.tendik.shared.web.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrator's pages for service providers; everyone with directory access may look. */
@Controller
@RequestMapping("/directory/providers")
class ProviderPages {

    private final ProviderRepository providers;
    private final ProviderEditing editing;
    private final Regions regions;
    private final FormErrors forms;
    private final AccessPolicy policy;

    ProviderPages(ProviderRepository providers, ProviderEditing editing, Regions regions, FormErrors forms,
                  AccessPolicy policy) {
        this.providers = providers;
        this.editing = editing;
        this.regions = regions;
        this.forms = forms;
        this.policy = policy;
    }

    @GetMapping
    @Requires(Action.DIRECTORY_READ)
    String list(@RequestParam(required = false) String region, @RequestParam(required = false) String kind,
                @RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser user, Locale locale,
                Model model) {
        String chosenRegion = regions.exists(region) ? region : null;
        ProviderKind chosenKind = Arrays.stream(ProviderKind.values()).filter(k -> k.name().equals(kind)).findFirst()
                .orElse(null);
        model.addAttribute("page", providers.page(chosenRegion, chosenKind, locale, Page.clamp(page)));
        model.addAttribute("region", chosenRegion);
        model.addAttribute("kind", chosenKind);
        model.addAttribute("regions", regions.all());
        model.addAttribute("regionsByCode", regions.all().stream()
                .collect(Collectors.toMap(Region::code, Function.identity())));
        model.addAttribute("kinds", ProviderKind.values());
        model.addAttribute("canManage", canManage(user));
        return "directory/providers/list";
    }

    @GetMapping("/{id}")
    @Requires(Action.DIRECTORY_READ)
    String view(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("provider", providers.find(id).orElseThrow(NotFoundException::new));
        model.addAttribute("regions", regions);
        model.addAttribute("canManage", canManage(user));
        return "directory/providers/view";
    }

    @GetMapping("/new")
    @Requires(Action.DIRECTORY_MANAGE)
    String newForm(Model model) {
        return form(new ProviderForm(), null, model);
    }

    @PostMapping
    @Requires(Action.DIRECTORY_MANAGE)
    String create(@ModelAttribute("provider") ProviderForm form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model) {
        ProviderDraft draft = form.toDraft();
        return forms.submit(draft, binding, () -> editing.create(draft, user))
                .map(id -> "redirect:/directory/providers/" + id)
                .orElseGet(() -> form(form, null, model));
    }

    @GetMapping("/{id}/edit")
    @Requires(Action.DIRECTORY_MANAGE)
    String editForm(@PathVariable long id, Model model) {
        return form(ProviderForm.of(providers.find(id).orElseThrow(NotFoundException::new)), id, model);
    }

    @PostMapping("/{id}")
    @Requires(Action.DIRECTORY_MANAGE)
    String update(@PathVariable long id, @ModelAttribute("provider") ProviderForm form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model) {
        ProviderDraft draft = form.toDraft();
        return forms.submit(draft, binding, () -> {
                    editing.update(id, draft, user);
                    return "redirect:/directory/providers/" + id;
                })
                .orElseGet(() -> form(form, id, model));
    }

    /** Deactivates (or reactivates) a provider instead of deleting it: referrals keep pointing to it. */
    @PostMapping("/{id}/active")
    @Requires(Action.DIRECTORY_MANAGE)
    String setActive(@PathVariable long id, @RequestParam boolean active, @AuthenticationPrincipal CurrentUser user) {
        editing.setActive(id, active, user);
        return "redirect:/directory/providers/" + id;
    }

    private String form(ProviderForm form, Long id, Model model) {
        model.addAttribute("provider", form);
        model.addAttribute("providerId", id);
        model.addAttribute("regions", regions.all());
        model.addAttribute("kinds", ProviderKind.values());
        return "directory/providers/form";
    }

    private boolean canManage(CurrentUser user) {
        return user != null && policy.permits(user.role(), Action.DIRECTORY_MANAGE);
    }
}
