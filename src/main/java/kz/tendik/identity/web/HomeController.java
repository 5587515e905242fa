package kz.tendik.identity.web;

import java.util.Comparator;
import java.util.List;

import kz.tendik.identity.AccessPolicy;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.HomePanel;
import kz.tendik.identity.Requires;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The role's home page: the work panels of the modules (a caseworker's cases and what is due), what this user can
 * do, and a reminder to enrol two-factor where it is missing.
 */
@Controller
class HomeController {

    private final MainNavigation navigation;
    private final List<HomePanel> panels;
    private final AccessPolicy policy;

    HomeController(MainNavigation navigation, List<HomePanel> panels, AccessPolicy policy) {
        this.navigation = navigation;
        this.panels = panels.stream().sorted(Comparator.comparingInt(HomePanel::order)).toList();
        this.policy = policy;
    }

    @GetMapping("/")
    @Requires(Action.OWN_ACCOUNT)
    String home(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("panels", panels.stream().filter(p -> policy.permits(user.role(), p.action()))
                .map(p -> new HomePanel.Shown(p.template(), p.content(user))).toList());
        model.addAttribute("tiles", navigation.sections(user));
        model.addAttribute("offerTwoFactor", !user.twoFactorEnrolled());
        return "home";
    }
}
