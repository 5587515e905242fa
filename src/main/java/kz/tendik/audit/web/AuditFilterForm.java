package kz.tendik.audit.web;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import kz.tendik.audit.AuditRecord.Outcome;
import kz.tendik.audit.query.AuditFilter;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filter as the page and the API take it (query parameters): dates are whole days in the configured zone,
 * both inclusive; {@code before}/{@code after} are the keyset cursors; {@code limit} is for the API only.
 */
record AuditFilterForm(
        @Size(max = 64, message = "{validation.tooLong}") String actor,
        @Size(max = 64, message = "{validation.tooLong}") String action,
        @Size(max = 64, message = "{validation.tooLong}") String objectType,
        @Size(max = 128, message = "{validation.tooLong}") String objectId,
        Outcome outcome,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        @Min(value = 1, message = "{validation.invalidValue}") Long before,
        @Min(value = 0, message = "{validation.invalidValue}") Long after,
        @Min(value = 1, message = "{validation.invalidValue}") @Max(value = 200, message = "{validation.invalidValue}")
        Integer limit) {

    static final String NAME = "auditFilter";

    static AuditFilterForm empty() {
        return new AuditFilterForm(null, null, null, null, null, null, null, null, null, null);
    }

    /** Whether the date range runs backwards (the one rule that spans fields). */
    boolean rangeReversed() {
        return from != null && to != null && to.isBefore(from);
    }

    AuditFilter toFilter(ZoneId zone) {
        return new AuditFilter(actor, action, objectType, objectId, outcome,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
