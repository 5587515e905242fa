package kz.tendik.programs.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import kz.tendik.programs.cohort.Cohort;
import kz.tendik.programs.cohort.Cohorts;
import kz.tendik.programs.cohort.Enrolments;
import kz.tendik.shared.web.UserInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /cohorts/{id}/surveys}: a cohort's survey rounds and opening one; a round's participants with who has
 * answered; the answer form (one column, big choices, made for a 360-pixel phone, no JavaScript) that a facilitator
 * fills in with a participant; and issuing a participant's one-time link.
 */
@Controller
@RequestMapping("/cohorts/{id}/surveys")
@Requires(Action.COHORT_FACILITATE)
class SurveyPages {

    private final Cohorts cohorts;
    private final Enrolments enrolments;
    private final SurveyRounds rounds;
    private final SurveyLinks links;
    private final InstrumentCatalogue instruments;
    private final SurveyForms forms;

    SurveyPages(Cohorts cohorts, Enrolments enrolments, SurveyRounds rounds, SurveyLinks links,
                InstrumentCatalogue instruments, SurveyForms forms) {
        this.forms = forms;
        this.cohorts = cohorts;
        this.enrolments = enrolments;
        this.rounds = rounds;
        this.links = links;
        this.instruments = instruments;
    }

    @GetMapping
    String list(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return listPage(id, user, model, List.of());
    }

    private String listPage(long id, CurrentUser user, Model model, List<UserInputException.FieldProblem> problems) {
        model.addAttribute("cohort", cohorts.get(id, user));
        List<SurveyRound> list = rounds.rounds(id, user);
        model.addAttribute("rounds", list);
        model.addAttribute("titles", list.stream().collect(java.util.stream.Collectors.toMap(SurveyRound::id,
                r -> rounds.instrument(r).title())));
        model.addAttribute("instruments", instruments.available());
        model.addAttribute("kinds", RoundKind.values());
        forms.problems(model, problems);
        model.addAttribute("today", rounds.today());
        return "programs/surveys";
    }

    @PostMapping
    String createRound(@PathVariable long id, @RequestParam(required = false) String kind,
                       @RequestParam(required = false) String instrument,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn,
                       @AuthenticationPrincipal CurrentUser user, Model model) {
        RoundKind k = java.util.Arrays.stream(RoundKind.values()).filter(v -> v.name().equals(kind)).findFirst().orElse(null);
        try {
            rounds.createRound(id, new RoundDraft(k, instrument, null, opensOn, closesOn), user);
        } catch (UserInputException e) {
            return listPage(id, user, model, e.problems());
        }
        return "redirect:/cohorts/" + id + "/surveys";
    }

    @GetMapping("/{roundId}")
    String round(@PathVariable long id, @PathVariable long roundId, @AuthenticationPrincipal CurrentUser user,
                 Model model) {
        return roundPage(id, roundId, user, model, List.of());
    }

    private String roundPage(long id, long roundId, CurrentUser user, Model model,
                             List<UserInputException.FieldProblem> problems) {
        Cohort cohort = cohorts.get(id, user);
        SurveyRound round = rounds.round(id, roundId, user);
        model.addAttribute("cohort", cohort);
        model.addAttribute("round", round);
        model.addAttribute("instrument", rounds.instrument(round));
        model.addAttribute("open", round.isOpenOn(rounds.today()));
        model.addAttribute("respondents", rounds.respondents(cohort, round, enrolments.list(id, user)));
        forms.problems(model, problems);
        return "programs/survey-round";
    }

    @GetMapping("/{roundId}/form/{enrolment}")
    String form(@PathVariable long id, @PathVariable long roundId, @PathVariable long enrolment,
                @AuthenticationPrincipal CurrentUser user, Model model) {
        return formPage(id, roundId, enrolment, Map.of(), List.of(), user, model);
    }

    private String formPage(long id, long roundId, long enrolment, Map<String, Integer> answers,
                            List<UserInputException.FieldProblem> problems, CurrentUser user, Model model) {
        SurveyRound round = rounds.round(id, roundId, user);
        Cohort cohort = cohorts.get(id, user);
        SurveyRounds.Respondent respondent = rounds.respondents(cohort, round, enrolments.list(id, user)).stream()
                .filter(r -> r.enrolmentId() == enrolment).findFirst()
                .orElseThrow(kz.tendik.shared.web.NotFoundException::new);
        model.addAttribute("cohort", cohort);
        model.addAttribute("round", round);
        model.addAttribute("respondent", respondent);
        model.addAttribute("action", "/cohorts/" + id + "/surveys/" + roundId + "/responses");
        forms.model(model, rounds.instrument(round), answers, problems);
        return "programs/survey-form";
    }

    @PostMapping("/{roundId}/responses")
    String respond(@PathVariable long id, @PathVariable long roundId, @RequestParam(required = false) Long enrolmentId,
                   @RequestParam Map<String, String> params, @AuthenticationPrincipal CurrentUser user, Model model) {
        Map<String, Integer> answers = SurveyForms.answers(params);
        try {
            rounds.record(id, new ResponseDraft(roundId, enrolmentId, answers), user);
        } catch (UserInputException e) {
            if (enrolmentId == null) {
                return roundPage(id, roundId, user, model, e.problems());
            }
            return formPage(id, roundId, enrolmentId, answers, e.problems(), user, model);
        }
        return "redirect:/cohorts/" + id + "/surveys/" + roundId;
    }

    @PostMapping("/{roundId}/links")
    String issueLink(@PathVariable long id, @PathVariable long roundId, @RequestParam(required = false) Long enrolmentId,
                     @RequestParam(required = false) String language, @AuthenticationPrincipal CurrentUser user,
                     Model model) {
        SurveyLinks.IssuedLink link;
        try {
            link = links.issue(id, roundId, enrolmentId, language, user);
        } catch (UserInputException e) {
            return roundPage(id, roundId, user, model, e.problems());
        }
        roundPage(id, roundId, user, model, List.of());
        model.addAttribute("link", link);
        model.addAttribute("linkUrl", org.springframework.web.servlet.support.ServletUriComponentsBuilder
                .fromCurrentContextPath().path("/survey/{token}").buildAndExpand(link.token()).toUriString());
        return "programs/survey-round";
    }
}
