package kz.tendik.cases.referral;

/**
 * A service provided under the case plan, as sent by a form or the API: which service (a
 * {@link kz.tendik.cases.casefile.ReferralPurpose} code), on which day (ISO date), by a worker of the centre and/or a
 * provider of the directory, optionally under one of the case's referrals (its provider is then taken), optionally
 * fulfilling one of the case plan's planned services ({@code plannedServiceId}: the service is then of its kind, which
 * need not be sent), with a note.
 */
public record ServiceDraft(String service, String providedOn, Long workerId, Long providerId, Long referralId,
                           Long plannedServiceId, String note) {

    static final int MAX_NOTE = 2_000;
}
