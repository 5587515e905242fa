package kz.tendik.cases.closure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kz.tendik.cases.casefile.CaseStage;
import kz.tendik.cases.casefile.ClosureItem;
import kz.tendik.cases.casefile.ClosureReason;
import kz.tendik.cases.casefile.SurvivorWish;

/**
 * Where a case stands on closure: the pending request (if any) with what its checklist still misses, the latest
 * decided request, the reopenings, the legal hold and the retention dates. Texts are decrypted (null once purged).
 *
 * @param version         the case's version, to send back with the next step
 * @param servicesSettled every planned service of the case is done or declined (the recorded facts, not a tick)
 * @param missing         what the pending request's checklist still misses (the supervisor's approval at least);
 *                        empty when there is no pending request
 */
public record ClosureState(long caseId, int version, CaseStage stage, boolean closed, boolean servicesSettled,
                           Request pending, List<ClosureItem> missing, Request lastDecided,
                           List<Reopening> reopenings, Hold legalHold, Retention retention) {

    public enum Status { REQUESTED, APPROVED, RETURNED }

    public record Request(long id, boolean safetyAddressed, boolean servicesDoneOrDeclined, SurvivorWish survivorWish,
                          ClosureReason reason, String note, long requestedBy, String requestedByName,
                          Instant requestedAt, Status status, Long decidedBy, String decidedByName, Instant decidedAt,
                          String returnReason) {
    }

    public record Reopening(long id, String reason, long reopenedBy, String reopenedByName, Instant reopenedAt) {
    }

    public record Hold(long id, String reason, long placedBy, String placedByName, Instant placedAt) {
    }

    /**
     * @param textDueOn   from this day the free text is purged (null while the case is not closed)
     * @param recordDueOn from this day the whole record is purged
     * @param textPurgedAt when the free text was purged; null while it is kept
     */
    public record Retention(LocalDate textDueOn, LocalDate recordDueOn, Instant textPurgedAt) {
    }
}
