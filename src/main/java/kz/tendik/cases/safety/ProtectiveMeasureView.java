package kz.tendik.cases.safety;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import kz.tendik.cases.measure.Issuer;
import kz.tendik.cases.measure.MeasureType;
import kz.tendik.cases.measure.SpecialCondition;

/** A stored measure with its computed expiry, whether it is in force or about to expire, and its breaches. */
public record ProtectiveMeasureView(long id, MeasureType type, Issuer issuer, LocalDateTime startsAt,
                                    LocalDateTime endsAt, LocalDateTime expiresAt, Set<SpecialCondition> conditions,
                                    Integer policeReportsPerMonth, boolean inForce, boolean expiringSoon,
                                    List<Breach> breaches) {

    public record Breach(long id, LocalDate occurredOn, String note, String recordedByName, Instant recordedAt) {
    }
}
