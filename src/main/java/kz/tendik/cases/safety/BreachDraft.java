package kz.tendik.cases.safety;

/** A breach of a measure: the date it happened (ISO date) and a note (stored encrypted). */
public record BreachDraft(String occurredOn, String note) {

    public static final int MAX_NOTE = 4000;
}
