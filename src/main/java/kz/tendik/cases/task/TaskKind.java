package kz.tendik.cases.task;

/**
 * The tasks the system puts on a case by itself. A task of a kind is stored as the kind and the values its title
 * names, never as text: its title is written when it is read, in the reader's language.
 */
public enum TaskKind {
    /** A risk assessment came out high: refer the case to the akimat's multi-agency group. */
    MULTI_AGENCY_REFERRAL(0),
    /** A protective measure was breached (the measure type and the day): check safety, inform the police. */
    MEASURE_BREACHED(2),
    /** A protective measure is about to expire (the measure type and the day): decide what protects her next. */
    MEASURE_EXPIRING(2);

    private final int arity;

    TaskKind(int arity) {
        this.arity = arity;
    }

    /** How many values the title names. */
    public int arity() {
        return arity;
    }

    public String messageKey() {
        return "cases.task." + name();
    }
}
