package kz.tendik.cases.incident;

/**
 * Whether the survivor reported the incident elsewhere; an incident already reported to another participating
 * organisation is left out of the shared statistics (no double counting).
 */
public enum ReportedElsewhere {
    NO,
    PARTICIPATING_ORGANISATION,
    OTHER_ORGANISATION;

    public boolean countsInSharedStatistics() {
        return this != PARTICIPATING_ORGANISATION;
    }

    public String messageKey() {
        return "cases.reportedElsewhere." + name();
    }
}
