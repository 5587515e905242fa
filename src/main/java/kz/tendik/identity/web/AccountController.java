package kz.tendik.identity.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import kz.tendik.identity.account.PasswordPolicy;
import kz.tendik.identity.account.UserAccount;
import kz.tendik.identity.admin.OrgUnits;
import kz.tendik.identity.profile.OwnAccount;
import kz.tendik.shared.i18n.Languages;
import kz.tendik.shared.web.UserInputException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user's own page: who they are in Tendik, their language and their password. */
@Controller
@RequestMapping("/account")
@Requires(Action.OWN_ACCOUNT)
class AccountController {

    private final OwnAccount ownAccount;
    private final OrgUnits orgUnits;
    private final LocaleResolver locales;

    AccountController(OwnAccount ownAccount, OrgUnits orgUnits, LocaleResolver locales) {
        this.ownAccount = ownAccount;
        this.orgUnits = orgUnits;
        this.locales = locales;
    }

    @GetMapping
    String page(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordChangeForm());
        }
        UserAccount account = ownAccount.account(user);
        model.addAttribute("account", account);
        model.addAttribute("unitName", orgUnits.name(account.orgUnit(), locale).orElse(null));
        model.addAttribute("languages", Languages.CODES);
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "identity/account";
    }

    @PostMapping("/language")
    String language(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String language,
                    HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            ownAccount.changeLanguage(user, language);
        } catch (UserInputException invalid) {
            return "redirect:/account";
        }
        locales.setLocale(request, response, Locale.forLanguageTag(language));
        SessionPrincipal.refresh(ownAccount.account(user), request, response);
        redirect.addFlashAttribute("saved", "account.language.saved");
        return "redirect:/account";
    }

    @PostMapping("/password")
    String password(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("passwordForm") PasswordChangeForm form,
                    BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        if (form.getNewPassword() != null && !form.getNewPassword().equals(form.getConfirmation())) {
            errors.rejectValue("confirmation", "password.mismatch");
        } else {
            try {
                int revoked = ownAccount.changePassword(user, form.getCurrentPassword(), form.getNewPassword(),
                        form.isRevokePersonalTokens());
                redirect.addFlashAttribute("saved", "account.password.saved");
                redirect.addFlashAttribute("revokedTokens", revoked);
                return "redirect:/account";
            } catch (UserInputException refused) {
                FormErrors.reject(errors, refused);
            }
        }
        return page(user, model, locale);
    }
}
