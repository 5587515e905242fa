package kz.tendik.programs.cohort;

import java.time.LocalDate;
import java.util.List;

/** A cohort to open: programme, dates, place or online, region, facilitators (user ids), capacity, sessions. */
public record CohortDraft(Long programmeId, String name, LocalDate startsOn, LocalDate endsOn, Boolean online,
                          String place, String regionCode, Integer capacity, List<Long> facilitatorIds,
                          List<SessionDraft> sessions) {

    /** One session of the cohort, on a day within the cohort's dates. */
    public record SessionDraft(LocalDate heldOn, String topic) {
    }
}
