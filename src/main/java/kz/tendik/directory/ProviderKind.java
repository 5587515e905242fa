package kz.tendik.directory;

/** The kinds of service a centre refers families to; named by the message key {@code provider.kind.<CODE>}. */
public enum ProviderKind {
    POLICE_DISTRICT_OFFICE,
    HEALTH_FACILITY,
    PSYCHOLOGIST,
    LEGAL_AID,
    CRISIS_CENTRE_SHELTER,
    AKIMAT_MOBILE_GROUP,
    GUARDIANSHIP_BODY,
    EMPLOYMENT_CENTRE;

    public String messageKey() {
        return "provider.kind." + name();
    }
}
