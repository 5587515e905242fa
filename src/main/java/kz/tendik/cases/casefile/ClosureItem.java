package kz.tendik.cases.casefile;

/** One item of the closure checklist; {@link #field()} is the form field that records it. */
public enum ClosureItem {
    SAFETY_ADDRESSED("safetyAddressed"),
    SERVICES_DONE_OR_DECLINED("servicesDoneOrDeclined"),
    SURVIVOR_WISH_RECORDED("survivorWish"),
    REASON("reason"),
    SUPERVISOR_APPROVAL("supervisorApproval");

    private final String field;

    ClosureItem(String field) {
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** What is missing, e.g. "The survivor's safety has not been addressed". */
    public String messageKey() {
        return "cases.closure.missing." + name();
    }
}
