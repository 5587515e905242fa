package kz.tendik.cases.incidents;

/**
 * Whether the survivor wants to pursue legal action over the incident, as she said at the interview (the GBVIMS
 * Incident Recorder's question beside the referral to legal assistance).
 */
public enum LegalActionWish {
    YES,
    NO,
    UNDECIDED;

    public String messageKey() {
        return "cases.legalAction." + name();
    }
}
