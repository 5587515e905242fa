package kz.tendik.programs.survey;

import java.util.List;

/**
 * The answer scales a custom instrument may use. Values rise towards disagreement, as in the GEM scale: agreeing
 * with an inequitable statement scores low; statements that express an equitable view are reverse-scored.
 */
public enum AnswerScale {
    AGREE_3(List.of(
            new AnswerOption(1, new LocalizedText("Келісемін", "Согласен(на)", "Agree")),
            new AnswerOption(2, new LocalizedText("Ішінара келісемін", "Частично согласен(на)", "Partially agree")),
            new AnswerOption(3, new LocalizedText("Келіспеймін", "Не согласен(на)", "Do not agree")))),
    LIKERT_5(List.of(
            new AnswerOption(1, new LocalizedText("Толық келісемін", "Полностью согласен(на)", "Strongly agree")),
            new AnswerOption(2, new LocalizedText("Келісемін", "Согласен(на)", "Agree")),
            new AnswerOption(3, new LocalizedText("Бейтараппын", "Затрудняюсь ответить", "Neither agree nor disagree")),
            new AnswerOption(4, new LocalizedText("Келіспеймін", "Не согласен(на)", "Disagree")),
            new AnswerOption(5, new LocalizedText("Мүлде келіспеймін", "Совершенно не согласен(на)", "Strongly disagree"))));

    private final List<AnswerOption> options;

    AnswerScale(List<AnswerOption> options) {
        this.options = options;
    }

    public List<AnswerOption> options() {
        return options;
    }

    public int lowest() {
        return options.get(0).value();
    }

    public int highest() {
        return options.get(options.size() - 1).value();
    }

    public String messageKey() {
        return "programs.instrument.scale." + name();
    }
}
