package kz.tendik.identity.web;

import java.time.Clock;

import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import kz.tendik.identity.profile.PersonalTokens;
import kz.tendik.shared.web.NotFoundException;
import kz.tendik.shared.web.UserInputException;
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

/** The user's personal access tokens for the API: create (the value is shown once), list, revoke. */
@Controller
@RequestMapping("/account/tokens")
@Requires(Action.OWN_ACCOUNT)
class TokenController {

    private final PersonalTokens tokens;
    private final Clock clock;

    TokenController(PersonalTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @GetMapping
    String page(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm());
        }
        model.addAttribute("tokens", tokens.list(user));
        model.addAttribute("now", clock.instant());
        model.addAttribute("maxDays", tokens.maxDays());
        return "identity/tokens";
    }

    @PostMapping
    String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("tokenForm") TokenForm form,
                  BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                model.addAttribute("issued", tokens.create(user, form.getName(), form.getDays()));
                model.addAttribute("tokenForm", new TokenForm());
            } catch (UserInputException refused) {
                FormErrors.reject(errors, refused);
            }
        }
        return page(user, model);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        try {
            tokens.revoke(user, id);
            redirect.addFlashAttribute("saved", "token.revoked");
        } catch (NotFoundException alreadyGone) {
            redirect.addFlashAttribute("saved", "token.notFound");
        }
        return "redirect:/account/tokens";
    }
}
