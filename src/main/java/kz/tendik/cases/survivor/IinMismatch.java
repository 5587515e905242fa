package kz.tendik.cases.survivor;

/** A recorded fact about the person that the IIN contradicts. */
public enum IinMismatch {
    DATE_OF_BIRTH("dateOfBirth"), SEX("sex");

    private final String field;

    IinMismatch(String field) {
        this.field = field;
    }

    /** The survivor's field that disagrees with the IIN. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return "cases.iin.mismatch." + name();
    }
}
