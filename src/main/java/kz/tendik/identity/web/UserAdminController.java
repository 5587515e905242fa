package kz.tendik.identity.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.OrgUnit;
import kz.tendik.identity.Requires;
import kz.tendik.identity.Role;
import kz.tendik.identity.account.PasswordPolicy;
import kz.tendik.identity.admin.OrgUnits;
import kz.tendik.identity.admin.ScopeRules;
import kz.tendik.identity.admin.UserAdministration;
import kz.tendik.identity.admin.UserAdministration.UserSummary;
import kz.tendik.shared.i18n.Languages;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** User administration pages: list with filters, create, change, reset two-factor, lift a lockout. */
@Controller
@RequestMapping("/admin/users")
@Requires(Action.USER_MANAGE)
class UserAdminController {

    private final UserAdministration administration;
    private final OrgUnits orgUnits;

    UserAdminController(UserAdministration administration, OrgUnits orgUnits) {
        this.administration = administration;
        this.orgUnits = orgUnits;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser admin, @RequestParam(required = false) String role,
                @RequestParam(required = false) String region, @RequestParam(required = false) String q,
                Model model, Locale locale) {
        Role roleFilter = Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst().orElse(null);
        model.addAttribute("users", administration.search(admin, roleFilter, region, q));
        model.addAttribute("role", roleFilter == null ? null : roleFilter.name());
        model.addAttribute("region", region);
        model.addAttribute("q", q);
        model.addAttribute("roles", Role.values());
        model.addAttribute("regions", orgUnits.regions(locale));
        return "identity/users";
    }

    @GetMapping("/new")
    String newUser(Model model, Locale locale) {
        if (!model.containsAttribute("userForm")) {
            model.addAttribute("userForm", new UserEditForm());
        }
        return form(model, locale, null);
    }

    @PostMapping
    String create(@AuthenticationPrincipal CurrentUser admin, @ModelAttribute("userForm") UserEditForm form,
                  BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long id = administration.create(admin, form.toUserForm());
                redirect.addFlashAttribute("saved", "user.created");
                return "redirect:/admin/users/" + id;
            } catch (UserInputException refused) {
                FormErrors.reject(errors, refused);
            }
        }
        form.setPassword(null);
        return form(model, locale, null);
    }

    @GetMapping("/{id}")
    String edit(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, Model model, Locale locale) {
        UserSummary user = administration.find(admin, id);
        if (!model.containsAttribute("userForm")) {
            model.addAttribute("userForm", UserEditForm.of(user.account()));
        }
        return form(model, locale, user);
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id,
                  @ModelAttribute("userForm") UserEditForm form, BindingResult errors, Model model, Locale locale,
                  RedirectAttributes redirect) {
        UserSummary user = administration.find(admin, id);
        if (!errors.hasErrors()) {
            try {
                administration.update(admin, id, form.toUserForm());
                redirect.addFlashAttribute("saved", "user.saved");
                return "redirect:/admin/users/" + id;
            } catch (UserInputException refused) {
                FormErrors.reject(errors, refused);
            }
        }
        form.setUsername(user.account().username());
        return form(model, locale, user);
    }

    @PostMapping("/{id}/two-factor/reset")
    String resetTwoFactor(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, RedirectAttributes redirect) {
        administration.resetTwoFactor(admin, id);
        redirect.addFlashAttribute("saved", "user.twoFactorReset");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/unlock")
    String unlock(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, RedirectAttributes redirect) {
        administration.unlock(admin, id);
        redirect.addFlashAttribute("saved", "user.unlocked");
        return "redirect:/admin/users/" + id;
    }

    private String form(Model model, Locale locale, UserSummary user) {
        model.addAttribute("user", user);
        model.addAttribute("roles", Arrays.stream(Role.values()).map(r -> new RoleChoice(r, ScopeRules.levelsFor(r))).toList());
        model.addAttribute("levels", OrgUnit.Level.values());
        model.addAttribute("regions", orgUnits.regions(locale));
        model.addAttribute("centres", orgUnits.centres(locale));
        model.addAttribute("languages", Languages.CODES);
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "identity/user-form";
    }

    /** A role and the scope levels it may be given, so the form can say which scope fits which role. */
    record RoleChoice(Role role, List<OrgUnit.Level> levels) {
    }
}
