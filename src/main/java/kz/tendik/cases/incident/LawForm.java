package kz.tendik.cases.incident;

/** The four forms of domestic violence the Law "On prevention of domestic violence" (2009) names. */
public enum LawForm {
    PHYSICAL, PSYCHOLOGICAL, SEXUAL, ECONOMIC;

    public String messageKey() {
        return "cases.lawForm." + name();
    }
}
