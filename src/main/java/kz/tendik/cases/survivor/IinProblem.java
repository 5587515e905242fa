package kz.tendik.cases.survivor;

/** Why a string is not a valid IIN, in the order the checks run. */
public enum IinProblem {
    /** Not exactly twelve digits 0–9. */
    NOT_TWELVE_DIGITS,
    /** The seventh digit is not 1–6 (0 belongs to a legal entity's BIN, 7–9 are not used). */
    NO_CENTURY_AND_SEX,
    /** Digits 1–6 with the century of digit 7 do not make a real calendar date. */
    NO_SUCH_DATE,
    /** Both check-digit passes give 10: no such number is ever issued. */
    NEVER_ISSUED,
    /** The twelfth digit is not the check digit of the first eleven. */
    WRONG_CHECK_DIGIT;

    public String messageKey() {
        return "cases.iin.problem." + name();
    }
}
