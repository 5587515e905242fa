package kz.tendik.cases.measure;

/** The conditions a court may impose as special requirements on the offender's behaviour. */
public enum SpecialCondition {
    /** No contact with the victim against her or his will. */
    NO_CONTACT,
    NO_FIREARMS,
    NO_ALCOHOL_OR_DRUGS,
    /** Report to the police 1–4 times a month, as the court sets. */
    REPORT_TO_POLICE,
    /** In exceptional cases: not to live with the victim. */
    NOT_LIVING_WITH_VICTIM;

    public String messageKey() {
        return "cases.measure.condition." + name();
    }
}
