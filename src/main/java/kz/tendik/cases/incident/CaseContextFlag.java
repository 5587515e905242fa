package kz.tendik.cases.incident;

/** The GBVIMS case-context flags, derived from the incident's facts by {@link CaseContext}, never typed in. */
public enum CaseContextFlag {
    INTIMATE_PARTNER_VIOLENCE,
    CHILD_SEXUAL_ABUSE,
    EARLY_MARRIAGE,
    POSSIBLE_SEXUAL_EXPLOITATION,
    POSSIBLE_SEXUAL_SLAVERY,
    HARMFUL_TRADITIONAL_PRACTICE;

    public String messageKey() {
        return "cases.caseContext." + name();
    }
}
