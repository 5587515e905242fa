package kz.tendik.programs.cohort;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A cohort with its sessions and its counts of places taken and people waiting. {@code version} guards edits
 * (optimistic locking); once {@code closedAt} is set nobody is enrolled and no attendance is taken any more.
 */
public record Cohort(long id, long programmeId, String name, LocalDate startsOn, LocalDate endsOn, boolean online,
                     String place, String regionCode, int capacity, List<Long> facilitatorIds,
                     List<Session> sessions, int enrolled, int waiting, int version, Instant closedAt) {

    public record Session(long id, LocalDate heldOn, String topic) {
    }

    public int freePlaces() {
        return Math.max(0, capacity - enrolled);
    }

    public boolean closed() {
        return closedAt != null;
    }

    boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    /** Refuses a change that needs an open cohort (enrolment, attendance, sessions, edits). */
    void requireOpen() {
        if (closed()) {
            throw new kz.tendik.shared.web.UserInputException(null, "programs.cohort.closed");
        }
    }
}
