package kz.tendik.programs.cohort;

/** Where a participant stands in a cohort; a full cohort puts newcomers on the waiting list. */
public enum EnrolmentStatus {
    ENROLLED, WAITING, WITHDRAWN, COMPLETED;

    /** Whether the enrolment takes one of the cohort's places (and may have attendance). */
    boolean holdsPlace() {
        return this == ENROLLED || this == COMPLETED;
    }
}
