package kz.tendik.cases.casefile;

import java.time.Instant;

/**
 * What has been recorded on a case, as far as its stage depends on it.
 *
 * @param assessmentRecorded an assessment (an incident or a risk assessment) is recorded
 * @param casePlanRecorded   a case plan (individual help plan) is recorded
 * @param plannedServices    services in the case plan (each referral or service counts once)
 * @param startedServices    of those, services started or referred (in progress, accepted)
 * @param settledServices    of those, services done, or declined by the survivor, or otherwise ended
 * @param lastActivityAt     the latest assessment, plan or service record; {@code null} when none
 * @param closedAt           the latest approved closure; {@code null} when never closed
 * @param reopenedAt         the latest reopening; {@code null} when never reopened
 */
public record CaseFacts(boolean assessmentRecorded, boolean casePlanRecorded, int plannedServices,
                        int startedServices, int settledServices, Instant lastActivityAt, Instant closedAt,
                        Instant reopenedAt) {

    public CaseFacts {
        if (plannedServices < 0 || startedServices < 0 || settledServices < 0) {
            throw new IllegalArgumentException("service counts are not negative");
        }
    }

    /**
     * The stage: closed while the latest approved closure is later than any reopening; reopened until something
     * new is recorded after the reopening; otherwise the furthest step reached — every planned service settled
     * (services implemented), any service started or settled (services), a case plan, an assessment, or new.
     */
    public CaseStage stage() {
        if (isClosed(closedAt, reopenedAt)) {
            return CaseStage.CLOSED;
        }
        if (reopenedAt != null && (lastActivityAt == null || !lastActivityAt.isAfter(reopenedAt))) {
            return CaseStage.REOPENED;
        }
        if (plannedServices > 0 && settledServices >= plannedServices) {
            return CaseStage.SERVICES_IMPLEMENTED;
        }
        if (startedServices > 0 || settledServices > 0) {
            return CaseStage.SERVICES;
        }
        if (casePlanRecorded) {
            return CaseStage.CASE_PLAN;
        }
        return assessmentRecorded ? CaseStage.ASSESSMENT : CaseStage.NEW;
    }

    /** Closed: the latest approved closure is later than the latest reopening (or there is none). */
    public static boolean isClosed(Instant closedAt, Instant reopenedAt) {
        return closedAt != null && (reopenedAt == null || closedAt.isAfter(reopenedAt));
    }

    /** Every planned service done or declined (true when none was planned): one item of the closure checklist. */
    public boolean servicesSettled() {
        return settledServices >= plannedServices;
    }
}
