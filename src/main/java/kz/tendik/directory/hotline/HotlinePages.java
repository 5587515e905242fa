package kz.tendik.directory.hotline;

import kz.tendik.directory.support.FormErrors;
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

/** The administrator's pages for the national hotlines; everyone with directory access may look. */
@Controller
@RequestMapping("/directory/hotlines")
class HotlinePages {

    private final HotlineRepository hotlines;
    private final HotlineEditing editing;
    private final FormErrors forms;
    private final AccessPolicy policy;

    HotlinePages(HotlineRepository hotlines, HotlineEditing editing, FormErrors forms, AccessPolicy policy) {
        this.hotlines = hotlines;
        this.editing = editing;
        this.forms = forms;
        this.policy = policy;
    }

    @GetMapping
    @Requires(Action.DIRECTORY_READ)
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("hotlines", hotlines.all());
        model.addAttribute("canManage", canManage(user));
        return "directory/hotlines/list";
    }

    @GetMapping("/{id}")
    @Requires(Action.DIRECTORY_READ)
    String view(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("hotline", hotlines.find(id).orElseThrow(NotFoundException::new));
        model.addAttribute("canManage", canManage(user));
        return "directory/hotlines/view";
    }

    @GetMapping("/new")
    @Requires(Action.DIRECTORY_MANAGE)
    String newForm(Model model) {
        return form(new HotlineForm(), null, model);
    }

    @PostMapping
    @Requires(Action.DIRECTORY_MANAGE)
    String create(@ModelAttribute("hotline") HotlineForm form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model) {
        HotlineDraft draft = form.toDraft();
        return forms.submit(draft, binding, () -> editing.create(draft, user))
                .map(id -> "redirect:/directory/hotlines/" + id)
                .orElseGet(() -> form(form, null, model));
    }

    @GetMapping("/{id}/edit")
    @Requires(Action.DIRECTORY_MANAGE)
    String editForm(@PathVariable long id, Model model) {
        return form(HotlineForm.of(hotlines.find(id).orElseThrow(NotFoundException::new)), id, model);
    }

    @PostMapping("/{id}")
    @Requires(Action.DIRECTORY_MANAGE)
    String update(@PathVariable long id, @ModelAttribute("hotline") HotlineForm form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model) {
        HotlineDraft draft = form.toDraft();
        return forms.submit(draft, binding, () -> {
                    editing.update(id, draft, user);
                    return "redirect:/directory/hotlines/" + id;
                })
                .orElseGet(() -> form(form, id, model));
    }

    /** Takes a hotline off the public list (or puts it back) without deleting it. */
    @PostMapping("/{id}/active")
    @Requires(Action.DIRECTORY_MANAGE)
    String setActive(@PathVariable long id, @RequestParam boolean active, @AuthenticationPrincipal CurrentUser user) {
        editing.setActive(id, active, user);
        return "redirect:/directory/hotlines/" + id;
    }

    private String form(HotlineForm form, Long id, Model model) {
        model.addAttribute("hotline", form);
        model.addAttribute("hotlineId", id);
        return "directory/hotlines/form";
    }

    private boolean canManage(CurrentUser user) {
        return user != null && policy.permits(user.role(), Action.DIRECTORY_MANAGE);
    }
}
