package kz.tendik.cases.risk;

import java.time.Instant;

/** When a case needs a (new) risk assessment. */
public final class Reassessment {

    private Reassessment() {
    }

    /**
     * Due when the case has an incident but no assessment yet, or when an incident was recorded after the latest
     * assessment (what counts is when the system learnt of it, not when it happened: an old incident disclosed
     * today is new information). {@code null} means "none".
     */
    public static boolean isDue(Instant latestAssessmentAt, Instant latestIncidentRecordedAt) {
        if (latestIncidentRecordedAt == null) {
            return false;
        }
        return latestAssessmentAt == null || latestIncidentRecordedAt.isAfter(latestAssessmentAt);
    }
}
