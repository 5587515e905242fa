package kz.tendik.programs.survey;

/** When a survey round is taken: before the programme, after it, or some months later. */
public enum RoundKind {
    PRE, POST, FOLLOW_UP;

    public String messageKey() {
        return "programs.round.kind." + name();
    }
}
