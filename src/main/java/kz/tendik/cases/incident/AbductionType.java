package kz.tendik.cases.incident;

/** Whether the survivor was abducted at the time of the incident (GBVIMS). */
public enum AbductionType {
    NONE,
    TRAFFICKED,
    FORCED_CONSCRIPTION,
    OTHER_ABDUCTION_OR_KIDNAPPING;

    public boolean isAbduction() {
        return this != NONE;
    }

    public String messageKey() {
        return "cases.abduction." + name();
    }
}
