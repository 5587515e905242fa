package kz.tendik.programs.results;

import java.time.LocalDate;

/**
 * One enrolment (that held a place) as the indicators count it: no name, no contact. Scores are the
 * {@code gender-attitudes} scale before and after ({@code null} when not answered), with their band positions;
 * {@code businessStarted} whether any outcome record (end, 3, 6 or 12 months) says a business was started
 * ({@code null} when no outcome is recorded). Attendance as the completion rule counts it: {@code present} sessions
 * marked present, {@code countedSessions} the cohort's sessions less those she was excused from (a session without
 * a mark counts as missed).
 */
record EnrolmentFact(long enrolmentId, boolean completed, long cohortId, String cohortName, LocalDate cohortStart,
                     String regionCode, long programmeId, String programmeKk, String programmeRu, String programmeEn,
                     int ageAtStart, int present, int countedSessions, Double scoreBefore, Double scoreAfter,
                     Integer bandBefore, Integer bandAfter, Boolean businessStarted) {

    boolean paired() {
        return scoreBefore != null && scoreAfter != null;
    }

    String ageBand() {
        if (ageAtStart < 25) {
            return "under-25";
        } else if (ageAtStart < 35) {
            return "25-34";
        } else if (ageAtStart < 45) {
            return "35-44";
        }
        return "45-plus";
    }
}
