package kz.tendik.portal.pages;

import java.util.Locale;

import kz.tendik.identity.Action;
import kz.tendik.identity.Requires;
import kz.tendik.shared.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public safety and rights pages, in the visitor's language. */
@Controller
class SafetyPages {

    private final PageRepository pages;
    private final Markdown markdown;

    SafetyPages(PageRepository pages, Markdown markdown) {
        this.pages = pages;
        this.markdown = markdown;
    }

    @GetMapping("/help/pages/{slug}")
    @Requires(Action.PUBLIC)
    String page(@PathVariable String slug, Locale locale, Model model) {
        PublicPage page = pages.find(slug, locale.getLanguage()).orElseThrow(NotFoundException::new);
        model.addAttribute("page", page);
        model.addAttribute("html", markdown.toHtml(page.body()));
        return "portal/page";
    }
}
