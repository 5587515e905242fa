package kz.tendik.portal.web;

import java.util.Comparator;
import java.util.List;

import kz.tendik.directory.Hotlines;
import kz.tendik.identity.Action;
import kz.tendik.identity.Requires;
import kz.tendik.portal.PortalSection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The portal's home page: what to do in danger now, the hotlines, and the ways to find help. */
@Controller
class HelpHome {

    private final Hotlines hotlines;
    private final List<PortalSection> sections;

    HelpHome(Hotlines hotlines, ObjectProvider<PortalSection> sections) {
        this.hotlines = hotlines;
        this.sections = sections.stream().sorted(Comparator.comparingInt(PortalSection::order)).toList();
    }

    @GetMapping("/help")
    @Requires(Action.PUBLIC)
    String home(Model model) {
        model.addAttribute("hotlines", hotlines.active());
        model.addAttribute("sections", sections);
        return "portal/home";
    }
}
