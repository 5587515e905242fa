package kz.tendik.identity.web;

import java.util.Comparator;
import java.util.List;

import kz.tendik.identity.AccessPolicy;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.HomeTile;
import kz.tendik.identity.Requires;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The role's home page: what this user can do, and a reminder to enrol two-factor where it is missing. */
@Controller
class HomeController {

    private final List<HomeTile> tiles;
    private final AccessPolicy policy;

    HomeController(List<HomeTile> tiles, AccessPolicy policy) {
        this.tiles = tiles;
        this.policy = policy;
    }

    @GetMapping("/")
    @Requires(Action.OWN_ACCOUNT)
    String home(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("tiles", tiles.stream()
                .filter(t -> policy.permits(user.role(), t.action()))
                .sorted(Comparator.comparingInt(HomeTile::order))
                .toList());
        model.addAttribute("offerTwoFactor", !user.twoFactorEnrolled());
        return "home";
    }
}
