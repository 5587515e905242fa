package kz.tendik.cases.referral;

import java.time.Instant;
import java.time.LocalDate;

import kz.tendik.cases.casefile.ReferralPurpose;
import kz.tendik.directory.ServiceProvider;

/**
 * A service provided, as the case page and the API show it (worker and provider may each be absent;
 * {@code plannedServiceId} is the case plan's planned service it fulfils, if any).
 */
public record ServiceView(long id, ReferralPurpose service, LocalDate providedOn, Long workerId, String workerName,
                          ServiceProvider provider, Long referralId, Long plannedServiceId, String note,
                          String recordedByName, Instant recordedAt) {
}
