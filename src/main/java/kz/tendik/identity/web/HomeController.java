package kz.tendik.identity.web;

import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The role's home page: what this user can do, and a reminder to enrol two-factor where it is missing. */
@Controller
class HomeController {

    private final MainNavigation navigation;

    HomeController(MainNavigation navigation) {
        this.navigation = navigation;
    }

    @GetMapping("/")
    @Requires(Action.OWN_ACCOUNT)
    String home(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("tiles", navigation.sections(user));
        model.addAttribute("offerTwoFactor", !user.twoFactorEnrolled());
        return "home";
    }
}
