package kz.tendik.cases.incidents;

/** Who referred the survivor to the centre (the GBVIMS "referred from" column, with Kazakhstan's services). */
public enum ReferredFrom {
    SELF,
    POLICE,
    HEALTH,
    PSYCHOSOCIAL,
    LEGAL_AID,
    SCHOOL,
    AKIMAT_OR_GOVERNMENT,
    SHELTER_OR_CRISIS_CENTRE,
    NGO_OR_COMMUNITY,
    HOTLINE,
    OTHER;

    public String messageKey() {
        return "cases.referredFrom." + name();
    }
}
