package kz.tendik.programs.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.tendik.shared.web.UserInputException;
import kz.tendik.shared.web.UserInputException.FieldProblem;

/**
 * Checks and scores a response to an instrument. Answers are stored values by item code: an answer set's value for
 * a choice item, 1 (yes) or 0 (no) for a yes/no item; a missing or {@code null} answer means "not answered".
 */
public final class SurveyScoring {

    /** Message key: the answer is not one the item offers. */
    public static final String OUT_OF_RANGE = "programs.survey.answerOutOfRange";
    /** Message key: the response answers an item the instrument does not have. */
    public static final String UNKNOWN_ITEM = "programs.survey.unknownItem";
    /** Message key (shared): a required item is not answered. */
    public static final String REQUIRED = "validation.required";

    private SurveyScoring() {
    }

    /** Every problem with the answers, each naming its field ({@link #answerField}); empty when none. */
    public static List<FieldProblem> problems(SurveyInstrument instrument, Map<String, Integer> answers) {
        Map<String, Integer> given = answers == null ? Map.of() : answers;
        List<FieldProblem> problems = new ArrayList<>();
        for (SurveyItem item : instrument.items()) {
            Integer value = given.get(item.code());
            if (value == null) {
                if (item.isRequired()) {
                    problems.add(new FieldProblem(answerField(item.code()), REQUIRED));
                }
            } else if (!instrument.allowedValues(item).contains(value)) {
                problems.add(new FieldProblem(answerField(item.code()), OUT_OF_RANGE));
            }
        }
        given.keySet().stream().filter(code -> instrument.item(code).isEmpty()).sorted()
                .forEach(code -> problems.add(new FieldProblem(answerField(code), UNKNOWN_ITEM)));
        return problems;
    }

    /** The scored response, or {@link UserInputException} with every problem. */
    public static SurveyResult score(SurveyInstrument instrument, Map<String, Integer> answers) {
        List<FieldProblem> problems = problems(instrument, answers);
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
        Map<String, Integer> given = new LinkedHashMap<>();
        answers.forEach((code, value) -> {
            if (value != null) {
                given.put(code, value);
            }
        });
        Double score = null;
        Band band = null;
        Integer bandIndex = null;
        if (instrument.hasScore()) {
            int sum = instrument.scoredItems().stream()
                    .mapToInt(item -> instrument.itemScore(item, given.get(item.code()))).sum();
            score = instrument.scaleOf(sum);
            bandIndex = instrument.scoring().bandIndex(score);
            band = instrument.scoring().bands().get(bandIndex);
        }
        Map<String, Boolean> indicators = new LinkedHashMap<>();
        for (DerivedIndicator indicator : instrument.indicators()) {
            indicators.put(indicator.code(), indicator.anyYesOf().stream()
                    .anyMatch(code -> Integer.valueOf(ItemType.YES).equals(given.get(code))));
        }
        return new SurveyResult(instrument.code(), instrument.version(), given, score, band, bandIndex, indicators);
    }

    public static String answerField(String itemCode) {
        return "answers[" + itemCode + "]";
    }
}
