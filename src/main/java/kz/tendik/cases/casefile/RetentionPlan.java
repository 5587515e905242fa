package kz.tendik.cases.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

/**
 * How long a closed case is kept: its free text (narratives, notes, the safety plan, reasons written on it) for
 * {@code textAfter} after the closure, the whole record for {@code recordAfter}. Nothing is purged from a case that is
 * open, reopened or on legal hold; the periods count from the latest approved closure, on the calendar of the zone.
 */
public record RetentionPlan(Period textAfter, Period recordAfter) {

    private static final LocalDate REFERENCE = LocalDate.of(2000, 1, 1);

    public RetentionPlan {
        if (textAfter == null || recordAfter == null || textAfter.isNegative() || textAfter.isZero()
                || recordAfter.isNegative() || recordAfter.isZero()) {
            throw new IllegalArgumentException("retention periods must be positive");
        }
        if (REFERENCE.plus(recordAfter).isBefore(REFERENCE.plus(textAfter))) {
            throw new IllegalArgumentException("the record cannot be purged before its text");
        }
    }

    /** The retention facts of a case: its latest approved closure and reopening, hold and whether text is gone. */
    public record Facts(Instant closedAt, Instant reopenedAt, boolean legalHold, boolean textPurged) {

        public boolean closed() {
            return CaseFacts.isClosed(closedAt, reopenedAt);
        }
    }

    /** The day from which the free text of a case closed at {@code closedAt} is purged. */
    public LocalDate textDueOn(Instant closedAt, ZoneId zone) {
        return closedAt.atZone(zone).toLocalDate().plus(textAfter);
    }

    /** The day from which the whole record is purged. */
    public LocalDate recordDueOn(Instant closedAt, ZoneId zone) {
        return closedAt.atZone(zone).toLocalDate().plus(recordAfter);
    }

    /** What is due for the case on {@code now}. */
    public RetentionStep due(Facts facts, Instant now, ZoneId zone) {
        if (facts.legalHold() || !facts.closed()) {
            return RetentionStep.NONE;
        }
        LocalDate today = now.atZone(zone).toLocalDate();
        if (!today.isBefore(recordDueOn(facts.closedAt(), zone))) {
            return RetentionStep.RECORD;
        }
        if (!facts.textPurged() && !today.isBefore(textDueOn(facts.closedAt(), zone))) {
            return RetentionStep.TEXT;
        }
        return RetentionStep.NONE;
    }
}
