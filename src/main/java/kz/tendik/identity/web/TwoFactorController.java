package kz.tendik.identity.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.tendik.identity.AccessPolicy;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import kz.tendik.identity.account.UserAccount;
import kz.tendik.identity.profile.TwoFactorSettings;
import kz.tendik.identity.signin.SignInFlow;
import kz.tendik.shared.web.UserInputException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Two-factor on the user's own account. Also reached by a session that has passed the password but must enrol
 * before going on (the filter chain lets such a session reach these pages only); that is why these handlers are
 * {@link Action#PUBLIC} and the changes that need a full sign-in ask the policy themselves.
 */
@Controller
@RequestMapping("/account/two-factor")
@Requires(Action.PUBLIC)
class TwoFactorController {

    private final TwoFactorSettings settings;
    private final AccessPolicy policy;
    private final SignInFlow flow;

    TwoFactorController(TwoFactorSettings settings, AccessPolicy policy, SignInFlow flow) {
        this.settings = settings;
        this.policy = policy;
        this.flow = flow;
    }

    @GetMapping
    String page(@AuthenticationPrincipal CurrentUser user, Model model) {
        UserAccount account = settings.account(user);
        model.addAttribute("pending", enrolmentPending());
        if (!account.twoFactorEnrolled()) {
            model.addAttribute("enrolment", settings.enrolment(user));
            formIfAbsent(model, "enrolForm");
            return "identity/two-factor-enrol";
        }
        formIfAbsent(model, "codesForm");
        formIfAbsent(model, "offForm");
        model.addAttribute("remaining", settings.remainingRecoveryCodes(user));
        model.addAttribute("mayTurnOff", settings.mayTurnOff(user));
        return "identity/two-factor";
    }

    @PostMapping
    String enrol(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("enrolForm") CodeForm form,
                 BindingResult errors, Model model, HttpServletRequest request, HttpServletResponse response) {
        if (settings.account(user).twoFactorEnrolled()) {
            return "redirect:/account/two-factor";
        }
        try {
            List<String> codes = settings.confirm(user, form.getCode());
            if (!enrolmentPending()) {
                SessionPrincipal.refresh(settings.account(user), request, response);
            }
            return codes(model, codes);
        } catch (UserInputException refused) {
            FormErrors.reject(errors, refused);
            return page(user, model);
        }
    }

    /** After a required enrolment: the user has seen the recovery codes, so sign-in completes. */
    @PostMapping("/continue")
    String continueSignIn(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request,
                          HttpServletResponse response) throws IOException {
        if (!enrolmentPending()) {
            return "redirect:/";
        }
        UserAccount account = settings.account(user);
        if (!account.twoFactorEnrolled() || !account.enabled()) {
            return "redirect:/account/two-factor";
        }
        CurrentUser signedIn = account.toCurrentUser();
        signedIn.eraseCredentials();
        flow.complete(request, response, signedIn);
        return null;
    }

    @PostMapping("/recovery-codes")
    String regenerate(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("codesForm") CodeForm form,
                      BindingResult errors, Model model) {
        requireFullSignIn();
        try {
            return codes(model, settings.regenerateRecoveryCodes(user, form.getCode()));
        } catch (UserInputException refused) {
            FormErrors.reject(errors, refused);
            return page(user, model);
        }
    }

    @PostMapping("/off")
    String turnOff(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("offForm") CodeForm form,
                   BindingResult errors, Model model, HttpServletRequest request, HttpServletResponse response,
                   RedirectAttributes redirect) {
        requireFullSignIn();
        try {
            settings.turnOff(user, form.getPassword());
        } catch (UserInputException refused) {
            FormErrors.reject(errors, refused);
            return page(user, model);
        }
        SessionPrincipal.refresh(settings.account(user), request, response);
        redirect.addFlashAttribute("saved", "twoFactor.off.saved");
        return "redirect:/account";
    }

    private String codes(Model model, List<String> codes) {
        model.addAttribute("codes", codes);
        model.addAttribute("pending", enrolmentPending());
        return "identity/recovery-codes";
    }

    private void requireFullSignIn() {
        policy.require(AccessPolicy.currentUser().orElse(null), Action.OWN_ACCOUNT);
    }

    private static boolean enrolmentPending() {
        return SignInFlow.enrolmentPending(SecurityContextHolder.getContext().getAuthentication());
    }

    private static void formIfAbsent(Model model, String name) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, new CodeForm());
        }
    }
}
