package kz.tendik.directory.centre;

import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import kz.tendik.directory.CentreService;
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

/** The administrator's pages for family support centres; everyone with directory access may look. */
@Controller
@RequestMapping("/directory/centres")
class CentrePages {

    private final CentreRepository centres;
    private final CentreEditing editing;
    private final Regions regions;
    private final FormErrors forms;
    private final AccessPolicy policy;

    CentrePages(CentreRepository centres, CentreEditing editing, Regions regions, FormErrors forms, AccessPolicy policy) {
        this.centres = centres;
        this.editing = editing;
        this.regions = regions;
        this.forms = forms;
        this.policy = policy;
    }

    @GetMapping
    @Requires(Action.DIRECTORY_READ)
    String list(@RequestParam(required = false) String region, @RequestParam(defaultValue = "0") int page,
                @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        String chosen = regions.exists(region) ? region : null;
        Page<?> result = centres.page(chosen, locale, Page.clamp(page));
        model.addAttribute("page", result);
        model.addAttribute("region", chosen);
        model.addAttribute("regions", regions.all());
        model.addAttribute("regionsByCode", regions.all().stream()
                .collect(Collectors.toMap(Region::code, Function.identity())));
        model.addAttribute("canManage", canManage(user));
        return "directory/centres/list";
    }

    @GetMapping("/{id}")
    @Requires(Action.DIRECTORY_READ)
    String view(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("centre", centres.find(id).orElseThrow(NotFoundException::new));
        model.addAttribute("regions", regions);
        model.addAttribute("canManage", canManage(user));
        return "directory/centres/view";
    }

    @GetMapping("/new")
    @Requires(Action.DIRECTORY_MANAGE)
    String newForm(Model model) {
        return form(new CentreForm(), null, model);
    }

    @PostMapping
    @Requires(Action.DIRECTORY_MANAGE)
    String create(@ModelAttribute("centre") CentreForm form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model) {
        CentreDraft draft = form.toDraft();
        return forms.submit(draft, binding, () -> editing.create(draft, user))
                .map(id -> "redirect:/directory/centres/" + id)
                .orElseGet(() -> form(form, null, model));
    }

    @GetMapping("/{id}/edit")
    @Requires(Action.DIRECTORY_MANAGE)
    String editForm(@PathVariable long id, Model model) {
        return form(CentreForm.of(centres.find(id).orElseThrow(NotFoundException::new)), id, model);
    }

    @PostMapping("/{id}")
    @Requires(Action.DIRECTORY_MANAGE)
    String update(@PathVariable long id, @ModelAttribute("centre") CentreForm form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model) {
        CentreDraft draft = form.toDraft();
        return forms.submit(draft, binding, () -> {
                    editing.update(id, draft, user);
                    return "redirect:/directory/centres/" + id;
                })
                .orElseGet(() -> form(form, id, model));
    }

    /** Deactivates (or reactivates) a centre: centres are never deleted, since people and cases refer to them. */
    @PostMapping("/{id}/active")
    @Requires(Action.DIRECTORY_MANAGE)
    String setActive(@PathVariable long id, @RequestParam boolean active, @AuthenticationPrincipal CurrentUser user) {
        editing.setActive(id, active, user);
        return "redirect:/directory/centres/" + id;
    }

    private String form(CentreForm form, Long id, Model model) {
        model.addAttribute("centre", form);
        model.addAttribute("centreId", id);
        model.addAttribute("regions", regions.all());
        model.addAttribute("allServices", CentreService.values());
        return "directory/centres/form";
    }

    private boolean canManage(CurrentUser user) {
        return user != null && policy.permits(user.role(), Action.DIRECTORY_MANAGE);
    }
}
