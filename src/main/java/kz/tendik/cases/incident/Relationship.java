package kz.tendik.cases.incident;

/**
 * The alleged perpetrator's relationship to the survivor. Detailed where domestic violence in Kazakhstan needs it
 * (spouses by civil or religious marriage, partners, in-laws, adult children); {@link #isIntimatePartner()} gives
 * the GBVIMS "intimate partner / former partner" group.
 */
public enum Relationship {
    SPOUSE(true),
    FORMER_SPOUSE(true),
    PARTNER(true),
    FORMER_PARTNER(true),
    PARENT_OR_CAREGIVER(false),
    STEP_PARENT(false),
    CHILD(false),
    SIBLING(false),
    PARENT_IN_LAW(false),
    OTHER_RELATIVE(false),
    EMPLOYER_OR_SUPERVISOR(false),
    TEACHER_OR_SCHOOL_STAFF(false),
    SCHOOLMATE(false),
    SERVICE_PROVIDER(false),
    HOUSEMATE_OR_LANDLORD(false),
    NEIGHBOUR_OR_FAMILY_FRIEND(false),
    ACQUAINTANCE(false),
    NO_RELATION(false),
    OTHER(false),
    UNKNOWN(false);

    private final boolean intimatePartner;

    Relationship(boolean intimatePartner) {
        this.intimatePartner = intimatePartner;
    }

    /** A current or former spouse or partner: the incident is intimate partner violence. */
    public boolean isIntimatePartner() {
        return intimatePartner;
    }

    public String messageKey() {
        return "cases.relationship." + name();
    }
}
