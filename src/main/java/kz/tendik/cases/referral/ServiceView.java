package kz.tendik.cases.referral;

import java.time.Instant;
import java.time.LocalDate;

import kz.tendik.cases.casefile.ReferralPurpose;
import kz.tendik.directory.ServiceProvider;

/** A service provided, as the case page and the API show it (worker and provider may each be absent). */
public record ServiceView(long id, ReferralPurpose service, LocalDate providedOn, Long workerId, String workerName,
                          ServiceProvider provider, Long referralId, String note, String recordedByName,
                          Instant recordedAt) {
}
