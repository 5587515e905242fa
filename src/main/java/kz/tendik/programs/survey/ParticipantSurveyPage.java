package kz.tendik.programs.survey;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import kz.tendik.identity.Action;
import kz.tendik.identity.Requires;
import kz.tendik.shared.web.UserInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /survey/{token}}: the form a participant opens from her one-time link, without an account, in the
 * language the facilitator chose for her (she can switch). It shows the survey's questions and nothing else; an
 * unknown, used or expired link gets the same "no longer valid" page (404).
 */
@Controller
@Requires(Action.PUBLIC)
class ParticipantSurveyPage {

    private final SurveyLinks links;
    private final SurveyRounds rounds;
    private final SurveyForms forms;

    ParticipantSurveyPage(SurveyLinks links, SurveyRounds rounds, SurveyForms forms) {
        this.forms = forms;
        this.links = links;
        this.rounds = rounds;
    }

    @GetMapping("/survey/{token}")
    String form(@PathVariable String token, @RequestParam(required = false) String lang, Model model,
                HttpServletResponse response) {
        Optional<SurveyLinks.LinkTarget> target = links.open(token);
        if (target.isEmpty()) {
            response.setStatus(404);
            return "programs/survey-gone";
        }
        if (lang == null) {
            return "redirect:/survey/" + token + "?lang=" + target.get().language();
        }
        return page(token, target.get(), Map.of(), List.of(), model);
    }

    private String page(String token, SurveyLinks.LinkTarget target, Map<String, Integer> answers,
                        List<UserInputException.FieldProblem> problems, Model model) {
        model.addAttribute("action", "/survey/" + token);
        model.addAttribute("participant", true);
        forms.model(model, rounds.instrument(target.round()), answers, problems);
        return "programs/survey-form";
    }

    @PostMapping("/survey/{token}")
    String answer(@PathVariable String token, @RequestParam Map<String, String> params, Model model,
                  HttpServletResponse response) {
        Map<String, Integer> answers = SurveyForms.answers(params);
        try {
            if (links.answer(token, answers).isPresent()) {
                return "programs/survey-thanks";
            }
        } catch (UserInputException e) {
            Optional<SurveyLinks.LinkTarget> target = links.open(token);
            if (target.isPresent()) {
                response.setStatus(422);
                return page(token, target.get(), answers, e.problems(), model);
            }
        }
        response.setStatus(404);
        return "programs/survey-gone";
    }
}
