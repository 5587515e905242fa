package kz.tendik.cases.casefile;

/** Where a case stands, derived from what has been recorded ({@link CaseFacts#stage()}), never set by hand. */
public enum CaseStage {
    NEW,
    ASSESSMENT,
    CASE_PLAN,
    SERVICES,
    SERVICES_IMPLEMENTED,
    CLOSED,
    REOPENED;

    public boolean isOpen() {
        return this != CLOSED;
    }

    public String messageKey() {
        return "cases.stage." + name();
    }
}
