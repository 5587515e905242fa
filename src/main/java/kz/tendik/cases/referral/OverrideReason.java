package kz.tendik.cases.referral;

/**
 * Why a supervisor or centre manager refers without the survivor's recorded consent for that service. Only this
 * code goes to the audit log; an explanation, if any, is kept encrypted on the referral.
 */
public enum OverrideReason {
    /** The survivor's life or health is in immediate danger. */
    IMMINENT_DANGER,
    /** A child in the household is at risk (child protection must be informed). */
    CHILD_AT_RISK,
    /** The law obliges the centre to inform (e.g. the police of a crime against a minor). */
    LEGAL_DUTY,
    /** The survivor cannot give consent now (unconscious, in crisis) and the help cannot wait. */
    SURVIVOR_CANNOT_CONSENT;

    public String messageKey() {
        return "cases.referral.override." + name();
    }
}
