package kz.tendik.cases.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import kz.tendik.cases.casefile.ReferralPurpose;
import kz.tendik.directory.ServiceProvider;

/**
 * A referral as the case page and the API show it: the provider, the service, the status with the statuses it may
 * move to, the basis (the consent recorded on {@code consentDate}, or an override with its reason), the provider's
 * answer and the version for the next change.
 */
public record ReferralView(long id, long caseId, ServiceProvider provider, ReferralPurpose service,
                           ReferralStatus status, Set<ReferralStatus> nextStatuses, boolean shareFullName,
                           Long consentId, LocalDate consentDate, OverrideReason overrideReason, String overrideNote,
                           String overrideByName, LocalDate answeredOn, String answeredBy, String answerNote,
                           String createdByName, Instant createdAt, int version) {

    public boolean overridden() {
        return overrideReason != null;
    }
}
