package kz.tendik.cases.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The case plan (version 0 and nothing else when none was written). {@code goals} is {@code null} once retention
 * has purged the text. The review is of the current version: a change clears it.
 */
public record CasePlanView(int version, String goals, LocalDate plannedOn, LocalDate nextReviewOn,
                           boolean survivorAgreed, LocalDate agreedOn, List<PlannedService> services,
                           Long updatedBy, String updatedByName, Instant updatedAt,
                           String reviewedByName, Instant reviewedAt) {

    static CasePlanView none() {
        return new CasePlanView(0, null, null, null, false, null, List.of(), null, null, null, null, null);
    }

    public boolean exists() {
        return version > 0;
    }

    public boolean reviewed() {
        return reviewedAt != null;
    }

    /** Agreed with the survivor and with at least one service: what moves the case to the case plan stage. */
    public boolean recorded() {
        return CasePlanValidation.recorded(survivorAgreed, services.size());
    }

    /** How many planned services have had a service delivered. */
    public long deliveredServices() {
        return services.stream().filter(PlannedService::delivered).count();
    }

    /** The review date has passed. */
    public boolean reviewOverdue(LocalDate today) {
        return nextReviewOn != null && nextReviewOn.isBefore(today);
    }
}
