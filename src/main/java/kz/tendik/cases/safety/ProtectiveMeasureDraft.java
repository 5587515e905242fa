package kz.tendik.cases.safety;

import java.util.List;

/**
 * A protective measure as sent; dates are local date-times ({@code 2026-05-01T10:00}); codes as text so that an unknown
 * one is named with every other problem. The issuer follows from the type; the end of a protective order is computed.
 */
public record ProtectiveMeasureDraft(String type, String startsAt, String endsAt, List<String> conditions,
                                     Integer policeReportsPerMonth) {
}
