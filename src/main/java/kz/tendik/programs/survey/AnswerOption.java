package kz.tendik.programs.survey;

/** One answer a choice item offers: the value that is stored and scored, and its label. */
public record AnswerOption(int value, LocalizedText text) {

    public AnswerOption {
        if (text == null) {
            throw new IllegalArgumentException("answer " + value + " has no text");
        }
    }
}
