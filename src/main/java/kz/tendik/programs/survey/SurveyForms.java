package kz.tendik.programs.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.tendik.shared.web.UserInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The survey pages' form handling: the answer form's parameters ({@code answers[<item code>]=<value>}), problems
 * as texts in the reader's language (arguments filled in), and what the answer form's template needs.
 */
@Component
class SurveyForms {

    /** A value that no item offers, for an answer that is not a number (so it is reported as out of range). */
    static final int NOT_A_NUMBER = Integer.MIN_VALUE;

    private final MessageSource messages;

    SurveyForms(MessageSource messages) {
        this.messages = messages;
    }

    /** A problem as the page shows it: its field and its text. */
    record Shown(String field, String text) {
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

    /** The problems with their texts in the request's language. */
    List<Shown> shown(List<UserInputException.FieldProblem> problems) {
        return problems.stream().map(p -> new Shown(p.field(), messages.getMessage(p.messageKey(), p.arguments(),
                p.messageKey(), LocaleContextHolder.getLocale()))).toList();
    }

    /** Puts {@code problems} (texts) and {@code errors} (the first text by field) into the model. */
    void problems(Model model, List<UserInputException.FieldProblem> problems) {
        List<Shown> shown = shown(problems);
        Map<String, String> errors = new LinkedHashMap<>();
        shown.forEach(p -> errors.putIfAbsent(p.field(), p.text()));
        model.addAttribute("problems", shown);
        model.addAttribute("errors", errors);
    }

    /** The answer form's model: the instrument, the answers given so far, and the problems. */
    void model(Model model, SurveyInstrument instrument, Map<String, Integer> answers,
               List<UserInputException.FieldProblem> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<Shown> general = new ArrayList<>();
        for (Shown p : shown(problems)) {
            if (p.field() != null && p.field().startsWith("answers[")) {
                errors.putIfAbsent(p.field(), p.text());
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
