package kz.tendik.cases.casefile;

/**
 * The kind of help a referral is for; consent to refer is given or refused for each. Child protection (the
 * guardianship body) is a purpose of its own, apart from other social support, as the GBVIMS Incident Recorder counts
 * it apart.
 */
public enum ReferralPurpose {
    PSYCHOLOGICAL, LEGAL, MEDICAL, SHELTER, POLICE, SOCIAL, CHILD_PROTECTION, EDUCATION, EMPLOYMENT, OTHER;

    public String messageKey() {
        return "cases.referralPurpose." + name();
    }
}
