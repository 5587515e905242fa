package kz.tendik.cases.incidents;

/** The alleged perpetrator's occupation, as a category (never free text: a job title can identify a person). */
public enum PerpetratorOccupation {
    EMPLOYED,
    SELF_EMPLOYED,
    UNEMPLOYED,
    STUDENT,
    PENSIONER,
    CIVIL_SERVANT,
    MILITARY_OR_POLICE,
    RELIGIOUS_LEADER,
    OTHER,
    UNKNOWN;

    public String messageKey() {
        return "cases.occupation." + name();
    }
}
