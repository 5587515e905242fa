package kz.tendik.programs.survey;

/**
 * One item of an instrument: a stable code (kept with the answers), its text, its type, for a choice item the
 * code of the instrument's answer set it offers, whether it is reverse-scored (its value is mirrored within the
 * answer set before scoring), and whether an answer is required. Both may be left out of the file (not
 * reverse-scored, required). For a yes/no item, {@code equitableAnswer} says which answer is the equitable one
 * ({@code false} for "is a husband justified in hitting his wife …?").
 */
public record SurveyItem(String code, LocalizedText text, ItemType type, String answers, Boolean reverseScored,
                         Boolean required, Boolean equitableAnswer) {

    public SurveyItem {
        if (code == null || !code.matches("[a-z0-9-]{1,40}")) {
            throw new IllegalArgumentException("an item code is 1-40 of a-z, 0-9 and '-': " + code);
        }
        reverseScored = reverseScored != null && reverseScored;
        if (text == null || type == null) {
            throw new IllegalArgumentException("item " + code + " needs a text and a type");
        }
        if (type == ItemType.CHOICE && (answers == null || equitableAnswer != null)) {
            throw new IllegalArgumentException("choice item " + code + " names its answer set and no equitable answer");
        }
        if (type == ItemType.YES_NO && (answers != null || reverseScored || equitableAnswer == null)) {
            throw new IllegalArgumentException("yes/no item " + code
                    + " has no answer set, is not reverse-scored and names its equitable answer");
        }
        required = required == null || required;
    }

    public boolean isRequired() {
        return required;
    }

    public boolean isYesNo() {
        return type == ItemType.YES_NO;
    }

    /** For a yes/no item: whether this stored answer (1 yes, 0 no) is the equitable one. */
    public boolean isEquitable(int yesNoAnswer) {
        return (yesNoAnswer == ItemType.YES) == equitableAnswer;
    }
}
