package kz.tendik.cases;

import java.time.YearMonth;

/**
 * A case was referred to a service provider, for the "referrals out" statistics: only the service code (e.g.
 * {@code POLICE}), the region of the referring centre and the month — nothing that identifies a person or a case.
 */
public record ReferralMade(String service, String regionCode, YearMonth month) {
}
