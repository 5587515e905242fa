package kz.tendik.cases.incident;

/** Whether the incident was a harmful traditional practice, and which; anything but {@link #NO} flags the case. */
public enum HarmfulTraditionalPractice {
    NO,
    BRIDE_KIDNAPPING,
    EARLY_MARRIAGE,
    FORCED_MARRIAGE,
    FEMALE_GENITAL_MUTILATION,
    OTHER;

    public String messageKey() {
        return "cases.harmfulPractice." + name();
    }
}
