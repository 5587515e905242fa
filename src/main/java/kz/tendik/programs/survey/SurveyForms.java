package kz.tendik.programs.survey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.tendik.shared.web.UserInputException;
import org.springframework.ui.Model;

/** The answer form's parameters ({@code answers[<item code>]=<value>}) and what the form template needs. */
final class SurveyForms {

    /** A value that no item offers, for an answer that is not a number (so it is reported as out of range). */
    static final int NOT_A_NUMBER = Integer.MIN_VALUE;

    private SurveyForms() {
    }

    static Map<String, Integer> answers(Map<String, String> params) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith("answers[") && name.endsWith("]") && value != null && !value.isBlank()) {
                int parsed;
                try {
                    parsed = Integer.parseInt(value.strip());
                } catch (NumberFormatException e) {
                    parsed = NOT_A_NUMBER;
                }
                answers.put(name.substring(8, name.length() - 1), parsed);
            }
        });
        return answers;
    }

    /** The form's model: the instrument, the answers given so far, and the problems by field. */
    static void model(Model model, SurveyInstrument instrument, Map<String, Integer> answers,
                      List<UserInputException.FieldProblem> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<UserInputException.FieldProblem> general = new java.util.ArrayList<>();
        for (UserInputException.FieldProblem p : problems) {
            if (p.field() != null && p.field().startsWith("answers[")) {
                errors.putIfAbsent(p.field(), p.messageKey());
            } else {
                general.add(p);
            }
        }
        model.addAttribute("instrument", instrument);
        model.addAttribute("answers", answers);
        model.addAttribute("errors", errors);
        model.addAttribute("problems", general);
        model.addAttribute("yesNo", List.of(ItemType.YES, ItemType.NO));
    }
}
