package kz.tendik.cases.survivor;

/** A person's sex as the IIN and the GBVIMS forms record it. */
public enum Sex {
    FEMALE, MALE;

    public String messageKey() {
        return "cases.sex." + name();
    }
}
