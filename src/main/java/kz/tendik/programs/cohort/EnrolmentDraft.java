package kz.tendik.programs.cohort;

/**
 * Enrols a participant: an existing one ({@code participantId}) or a new one (name, contact, year of birth, sex,
 * region, and an optional opaque referral reference from a family support centre). Consent must be recorded.
 */
public record EnrolmentDraft(Long participantId, String name, String contact, Integer birthYear, String sex,
                             String regionCode, String referralReference, Boolean consent) {
}
