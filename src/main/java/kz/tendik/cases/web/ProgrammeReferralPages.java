package kz.tendik.cases.web;

import java.util.Locale;

import kz.tendik.cases.referral.ConsentRequiredException;
import kz.tendik.cases.referral.ProgrammeReferrals;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The case page's button that issues a programme referral code; without consent the page says which is missing. */
@Controller
class ProgrammeReferralPages {

    private final ProgrammeReferrals programmeReferrals;
    private final CasePages casePage;
    private final MessageSource messages;

    ProgrammeReferralPages(ProgrammeReferrals programmeReferrals, CasePages casePage, MessageSource messages) {
        this.programmeReferrals = programmeReferrals;
        this.casePage = casePage;
        this.messages = messages;
    }

    @PostMapping("/cases/{id}/programme-referrals")
    @Requires(Action.CASE_WRITE)
    String issue(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        try {
            programmeReferrals.issue(user, id, null);
        } catch (ConsentRequiredException e) {
            model.addAttribute("programmeReferralError", messages.getMessage(e.messageKey(), null, locale));
            return casePage.view(id, user, model);
        }
        return "redirect:/cases/" + id + "#programme-referrals";
    }
}
