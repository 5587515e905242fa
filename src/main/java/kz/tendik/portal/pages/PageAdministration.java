package kz.tendik.portal.pages;

import jakarta.validation.Valid;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators edit the safety and rights pages (Markdown, rendered safely) in each language. */
@Controller
@RequestMapping("/portal/pages")
@Requires(Action.PORTAL_MANAGE)
class PageAdministration {

    private final PageRepository pages;
    private final PageEditing editing;
    private final Markdown markdown;

    PageAdministration(PageRepository pages, PageEditing editing, Markdown markdown) {
        this.pages = pages;
        this.editing = editing;
        this.markdown = markdown;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("pages", pages.all());
        return "portal/admin/pages";
    }

    @GetMapping("/{slug}/{language}")
    String edit(@PathVariable String slug, @PathVariable String language, Model model) {
        PublicPage page = pages.find(slug, language).orElseThrow(NotFoundException::new);
        return form(page, new PageForm(page.title(), page.body()), model);
    }

    @PostMapping("/{slug}/{language}")
    String save(@PathVariable String slug, @PathVariable String language, @Valid @ModelAttribute("form") PageForm form,
                BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model,
                RedirectAttributes redirect) {
        PublicPage page = pages.find(slug, language).orElseThrow(NotFoundException::new);
        if (binding.hasErrors()) {
            return form(page, form, model);
        }
        editing.change(user, slug, language, form);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/portal/pages/" + slug + "/" + language;
    }

    private String form(PublicPage page, PageForm form, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("form", form);
        model.addAttribute("preview", markdown.toHtml(form.body()));
        return "portal/admin/edit";
    }
}
