package kz.tendik.cases.web;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import kz.tendik.cases.file.CaseFiles;
import kz.tendik.cases.file.StaleVersionException;
import kz.tendik.cases.referral.ConsentRequiredException;
import kz.tendik.cases.referral.ReferralLetter;
import kz.tendik.cases.referral.Referrals;
import kz.tendik.cases.referral.ServiceLog;
import kz.tendik.cases.referral.Transfers;
import kz.tendik.cases.web.ReferralForms.ReferralForm;
import kz.tendik.cases.web.ReferralForms.ServiceForm;
import kz.tendik.cases.web.ReferralForms.StatusForm;
import kz.tendik.cases.web.ReferralForms.TransferForm;
import kz.tendik.directory.ProviderKind;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import kz.tendik.shared.web.NotFoundException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The case page's referral, services and transfer forms. A form with mistakes comes back on a page of its own with
 * every field named (htmx swaps only the form); a saved one returns to the case page (htmx is told to go there).
 * After a transfer the user no longer reaches the case and lands on the case list.
 */
@Controller
@RequestMapping("/cases/{id}")
class ReferralPages {

    private static final String FORM_PAGE = "cases/referral-form";
    /** The forms of the case page that are loaded only when opened. */
    private static final Set<String> LAZY_FORMS = Set.of("referralForm", "serviceForm", "transferForm");

    private final Referrals referrals;
    private final ReferralLetter letters;
    private final ServiceLog services;
    private final Transfers transfers;
    private final CaseFiles files;
    private final ReferralSections sections;
    private final SectionReturn sectionReturn;

    ReferralPages(Referrals referrals, ReferralLetter letters, ServiceLog services, Transfers transfers,
                  CaseFiles files, ReferralSections sections, SectionReturn sectionReturn) {
        this.sectionReturn = sectionReturn;
        this.referrals = referrals;
        this.letters = letters;
        this.services = services;
        this.transfers = transfers;
        this.files = files;
        this.sections = sections;
    }

    /** The provider chooser, filtered by kind and region (htmx swaps it into the referral form). */
    @GetMapping("/referrals/providers")
    @Requires(Action.CASE_WRITE)
    String providers(@PathVariable long id, @RequestParam(required = false) ProviderKind kind,
                     @RequestParam(required = false) String region, @AuthenticationPrincipal CurrentUser user,
                     Model model) {
        ReferralForm form = new ReferralForm();
        form.setKind(kind);
        form.setRegion(region);
        model.addAttribute("kase", files.read(user, id));
        model.addAttribute("referral", form);
        model.addAttribute("providerOptions", sections.choices(region, kind));
        return "cases/referrals :: providerChoice";
    }

    /**
     * The referral, service or transfer form of the case page, loaded when opened: to htmx the form alone, to a browser without
     * script a page with the form.
     */
    @GetMapping("/forms/{form}")
    @Requires(Action.CASE_WRITE)
    String form(@PathVariable long id, @PathVariable String form,
                @RequestHeader(value = "HX-Request", required = false) String htmx,
                @AuthenticationPrincipal CurrentUser user, Model model) {
        if (!LAZY_FORMS.contains(form)) {
            throw new NotFoundException();
        }
        String page = formPage(id, form, user, model);
        return htmx == null ? page : "cases/referrals :: " + form;
    }

    @PostMapping("/referrals")
    @Requires(Action.CASE_WRITE)
    String refer(@PathVariable long id, @ModelAttribute("referral") ReferralForm form, BindingResult binding,
                 @RequestHeader(value = "HX-Request", required = false) String htmx, HttpServletResponse response,
                 @AuthenticationPrincipal CurrentUser user, Model model) {
        Object done = binding.hasErrors() ? null
                : attempt(binding, Map.of(), () -> referrals.create(user, id, form.toDraft(), null));
        return done == null ? formPage(id, "referralForm", user, model)
                : back(id, "referrals", htmx, response, user, model);
    }

    @PostMapping("/referrals/{referralId}/status")
    @Requires(Action.CASE_WRITE)
    String changeStatus(@PathVariable long id, @PathVariable long referralId, @ModelAttribute("status") StatusForm form,
                        BindingResult binding, @RequestHeader(value = "HX-Request", required = false) String htmx,
                        HttpServletResponse response, @AuthenticationPrincipal CurrentUser user, Model model) {
        Object done = binding.hasErrors() ? null
                : attempt(binding, Map.of(), () -> referrals.changeStatus(user, id, referralId, form.toChange()));
        if (done != null) {
            return back(id, "referrals", htmx, response, user, model);
        }
        model.addAttribute("stored", referrals.read(user, id, referralId));
        return formPage(id, "statusForm", user, model);
    }

    @GetMapping("/referrals/{referralId}/letter.pdf")
    @Requires(Action.CASE_READ)
    ResponseEntity<byte[]> letter(@PathVariable long id, @PathVariable long referralId,
                                  @AuthenticationPrincipal CurrentUser user) {
        return ReferralApi.pdf(letters.issue(user, id, referralId), referralId);
    }

    @PostMapping("/services")
    @Requires(Action.CASE_WRITE)
    String logService(@PathVariable long id, @ModelAttribute("service") ServiceForm form, BindingResult binding,
                      @RequestHeader(value = "HX-Request", required = false) String htmx, HttpServletResponse response,
                      @AuthenticationPrincipal CurrentUser user, Model model) {
        Object done = binding.hasErrors() ? null
                : attempt(binding, Map.of(), () -> services.record(user, id, form.toDraft(), null));
        return done == null ? formPage(id, "serviceForm", user, model)
                : back(id, "services", htmx, response, user, model);
    }

    @PostMapping("/transfer")
    @Requires(Action.CASE_WRITE)
    String transfer(@PathVariable long id, @ModelAttribute("transfer") TransferForm form, BindingResult binding,
                    @RequestHeader(value = "HX-Request", required = false) String htmx, HttpServletResponse response,
                    @AuthenticationPrincipal CurrentUser user, Model model) {
        Object done = binding.hasErrors() ? null
                : attempt(binding, Map.of(), () -> transfers.transfer(user, id, form.toDraft(), null));
        if (done == null) {
            return formPage(id, "transferForm", user, model);
        }
        return go("/cases?transferred", htmx, response);
    }

    /** Runs the action; a refused input or a missing consent lands on the form and the result is null. */
    private static <T> T attempt(BindingResult binding, Map<String, String> renames, Supplier<T> action) {
        try {
            return FormProblems.attempt(binding, renames, action);
        } catch (ConsentRequiredException e) {
            binding.rejectValue(e.field(), e.messageKey(),
                    new Object[] {new DefaultMessageSourceResolvable(e.consentKey())}, null);
            return null;
        } catch (StaleVersionException e) {
            binding.reject("cases.problem.stale.detail");
            return null;
        }
    }

    private String formPage(long id, String fragment, CurrentUser user, Model model) {
        CaseFiles.CaseView kase = files.read(user, id);
        model.addAttribute("kase", kase);
        sections.addFormsTo(model, user, kase);
        model.addAttribute("fragment", fragment);
        return FORM_PAGE;
    }

    private String back(long id, String section, String htmx, HttpServletResponse response, CurrentUser user,
                        Model model) {
        return sectionReturn.to(id, section, htmx, response, user, model, "referral", "status", "service", "transfer");
    }

    /** A redirect; to htmx (which would follow a 302 inside its request) an empty answer telling it to go there. */
    private static String go(String location, String htmx, HttpServletResponse response) {
        if (htmx != null) {
            response.setHeader("HX-Redirect", location);
            return "cases/referrals :: none";
        }
        return "redirect:" + location;
    }
}
