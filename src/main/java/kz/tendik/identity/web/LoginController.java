package kz.tendik.identity.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.IdentityEvents.SignInFailed;
import kz.tendik.identity.Requires;
import kz.tendik.identity.account.UserAccount;
import kz.tendik.identity.account.UserAccounts;
import kz.tendik.identity.signin.LoginThrottle;
import kz.tendik.identity.signin.SignInFlow;
import kz.tendik.identity.twofactor.TwoFactor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in pages. Spring Security's form login checks the password (POST /login); this controller shows the
 * form and takes the second factor. The second-factor page is open only to a session that has passed the
 * password (the filter chain checks that), hence {@link Action#PUBLIC} here.
 */
@Controller
class LoginController {

    private final UserAccounts accounts;
    private final TwoFactor twoFactor;
    private final LoginThrottle throttle;
    private final SignInFlow flow;
    private final ApplicationEventPublisher events;

    LoginController(UserAccounts accounts, TwoFactor twoFactor, LoginThrottle throttle, SignInFlow flow,
                    ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.twoFactor = twoFactor;
        this.throttle = throttle;
        this.flow = flow;
        this.events = events;
    }

    @GetMapping("/login")
    @Requires(Action.PUBLIC)
    String login() {
        return "login";
    }

    @GetMapping("/login/two-factor")
    @Requires(Action.PUBLIC)
    String codeForm() {
        return "login-code";
    }

    @PostMapping("/login/two-factor")
    @Requires(Action.PUBLIC)
    String code(@AuthenticationPrincipal CurrentUser pending, @RequestParam(defaultValue = "") String code,
                HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        String ip = request.getRemoteAddr();
        if (throttle.lockedUntil(pending.getUsername(), ip).isPresent()) {
            events.publishEvent(new SignInFailed(pending.getUsername(), "web", "locked", ip));
            request.getSession().invalidate();
            return "redirect:/login?error=locked";
        }
        UserAccount account = accounts.findById(pending.id()).orElseThrow();
        if (!account.enabled() || !twoFactor.verify(account, code)) {
            throttle.recordFailure(pending.getUsername(), ip);
            events.publishEvent(new SignInFailed(pending.getUsername(), "web", "bad-code", ip));
            model.addAttribute("failed", true);
            return "login-code";
        }
        CurrentUser user = account.toCurrentUser();
        user.eraseCredentials();
        flow.complete(request, response, user);
        return null;
    }
}
