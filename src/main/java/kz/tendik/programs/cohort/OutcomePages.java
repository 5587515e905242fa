package kz.tendik.programs.cohort;

import java.util.List;

import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
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

/**
 * {@code /cohorts/{id}/outcomes}: the follow-ups due, the outcomes recorded, and one fast form to record the next
 * (a due follow-up is one click away); {@code .../{outcomeId}/edit} changes one, refused when changed meanwhile.
 */
@Controller
@RequestMapping("/cohorts/{id}/outcomes")
@Requires(Action.COHORT_FACILITATE)
class OutcomePages {

    private final Outcomes outcomes;
    private final CohortOverview overview;
    private final Today today;

    OutcomePages(Outcomes outcomes, CohortOverview overview, Today today) {
        this.outcomes = outcomes;
        this.overview = overview;
        this.today = today;
    }

    @GetMapping
    String list(@PathVariable long id, @RequestParam(required = false) Long enrolmentId,
                @RequestParam(required = false) String followUp, @AuthenticationPrincipal CurrentUser user, Model model) {
        OutcomeForm form = new OutcomeForm();
        form.setEnrolmentId(enrolmentId);
        form.setFollowUp(followUp);
        form.setRecordedOn(today.date());
        form.setJobsCreated(0);
        return page(id, form, null, user, model);
    }

    @PostMapping
    String record(@PathVariable long id, @ModelAttribute("outcome") OutcomeForm form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model) {
        return ProgrammePages.submit(binding, () -> outcomes.record(id, form.toDraft(), user))
                .map(o -> "redirect:/cohorts/" + id + "/outcomes")
                .orElseGet(() -> page(id, form, null, user, model));
    }

    @GetMapping("/{outcomeId}/edit")
    String editForm(@PathVariable long id, @PathVariable long outcomeId, @AuthenticationPrincipal CurrentUser user,
                    Model model) {
        return page(id, OutcomeForm.of(outcomes.get(id, outcomeId, user)), outcomeId, user, model);
    }

    @PostMapping("/{outcomeId}")
    String update(@PathVariable long id, @PathVariable long outcomeId, @ModelAttribute("outcome") OutcomeForm form,
                  BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model) {
        try {
            return ProgrammePages.submit(binding, () -> outcomes.update(id, outcomeId, form.toDraft(), user))
                    .map(o -> "redirect:/cohorts/" + id + "/outcomes")
                    .orElseGet(() -> page(id, form, outcomeId, user, model));
        } catch (StaleVersionException e) {
            binding.reject("programs.problem.stale.detail");
            form.setVersion(e.currentVersion());
            return page(id, form, outcomeId, user, model);
        }
    }

    private String page(long id, OutcomeForm form, Long outcomeId, CurrentUser user, Model model) {
        overview.addTo(model, id, user);
        model.addAttribute("outcome", form);
        model.addAttribute("outcomeId", outcomeId);
        model.addAttribute("outcomes", outcomes.list(id, user));
        model.addAttribute("due", outcomes.due(id, user));
        model.addAttribute("followUps", Outcome.FollowUp.values());
        model.addAttribute("revenueBands", Outcome.RevenueBand.values());
        model.addAttribute("employments", Outcome.Employment.values());
        model.addAttribute("incomeChanges", Outcome.IncomeChange.values());
        model.addAttribute("fundingSources", Outcome.FundingSource.values());
        model.addAttribute("fundingBands", Outcome.FundingBand.values());
        @SuppressWarnings("unchecked")
        List<Enrolment> enrolments = (List<Enrolment>) model.getAttribute("enrolments");
        model.addAttribute("names", enrolments.stream().collect(java.util.stream.Collectors.toMap(Enrolment::id, Enrolment::name)));
        model.addAttribute("participants", enrolments.stream().filter(e -> e.status().holdsPlace()).toList());
        return "programs/outcomes";
    }
}
