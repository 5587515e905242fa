package kz.tendik.cases.referral;

/**
 * A new referral as sent by a form or the API. Codes are text so that a wrong one is named as a field problem.
 *
 * @param providerId     the provider of the directory (required, active)
 * @param shareFullName  the survivor agrees that the letter carries her full name (otherwise first name + initial)
 * @param overrideReason an {@link OverrideReason} code: refer without recorded consent (override permission only)
 * @param overrideNote   an optional explanation of the override (kept encrypted, never audited)
 */
public record ReferralDraft(Long providerId, Boolean shareFullName, String overrideReason, String overrideNote) {
}
