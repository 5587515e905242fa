package kz.tendik.cases.referral;

import kz.tendik.cases.casefile.ReferralPurpose;
import kz.tendik.directory.ProviderKind;

/**
 * The service a referral to a provider of a kind asks for, which is the referral purpose the survivor's consent must
 * name: police → police, health facility → medical, akimat mobile group → social (the multi-agency group works
 * through the social sector), guardianship body → child protection, and so on.
 */
public final class ProviderServices {

    private ProviderServices() {
    }

    public static ReferralPurpose serviceOf(ProviderKind kind) {
        return switch (kind) {
            case POLICE_DISTRICT_OFFICE -> ReferralPurpose.POLICE;
            case HEALTH_FACILITY -> ReferralPurpose.MEDICAL;
            case PSYCHOLOGIST -> ReferralPurpose.PSYCHOLOGICAL;
            case LEGAL_AID -> ReferralPurpose.LEGAL;
            case CRISIS_CENTRE_SHELTER -> ReferralPurpose.SHELTER;
            case AKIMAT_MOBILE_GROUP -> ReferralPurpose.SOCIAL;
            case GUARDIANSHIP_BODY -> ReferralPurpose.CHILD_PROTECTION;
            case EMPLOYMENT_CENTRE -> ReferralPurpose.EMPLOYMENT;
        };
    }
}
