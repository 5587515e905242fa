package kz.tendik.cases.access;

/** Why a user may see a case, or that they may not. */
public enum CaseReach {
    /** A caseworker assigned to the case. */
    ASSIGNED,
    /**
     * The centre's supervisor whose team includes a caseworker of the case, or any supervisor of the centre while the
     * case is assigned to no one.
     */
    TEAM,
    /** The centre's manager. */
    CENTRE,
    /** A supervisor or manager through a current break-glass grant. */
    BREAK_GLASS,
    /** Outside the user's reach: the case answers 404, as if it did not exist. */
    NONE;

    public boolean allowed() {
        return this != NONE;
    }
}
