package kz.tendik.cases.casefile;

/** The kind of help a referral is for; consent to refer is given or refused for each. */
public enum ReferralPurpose {
    PSYCHOLOGICAL, LEGAL, MEDICAL, SHELTER, POLICE, SOCIAL, EDUCATION, EMPLOYMENT, OTHER;

    public String messageKey() {
        return "cases.referralPurpose." + name();
    }
}
