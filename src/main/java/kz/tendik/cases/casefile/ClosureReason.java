package kz.tendik.cases.casefile;

/** Why a case is closed. */
public enum ClosureReason {
    NEEDS_MET,
    SURVIVOR_REQUEST,
    NO_CONTACT,
    TRANSFERRED,
    MOVED_AWAY,
    DECEASED,
    OTHER;

    public String messageKey() {
        return "cases.closureReason." + name();
    }
}
