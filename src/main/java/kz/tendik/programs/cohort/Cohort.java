package kz.tendik.programs.cohort;

import java.time.LocalDate;
import java.util.List;

/** A cohort with its sessions and its counts of places taken and people waiting. */
public record Cohort(long id, long programmeId, String name, LocalDate startsOn, LocalDate endsOn, boolean online,
                     String place, String regionCode, int capacity, List<Long> facilitatorIds,
                     List<Session> sessions, int enrolled, int waiting) {

    public record Session(long id, LocalDate heldOn, String topic) {
    }

    public int freePlaces() {
        return Math.max(0, capacity - enrolled);
    }

    boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
