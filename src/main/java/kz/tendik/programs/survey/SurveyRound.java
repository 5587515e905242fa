package kz.tendik.programs.survey;

import java.time.LocalDate;

/**
 * A survey round of a cohort: when it is taken, the instrument version every response in it answers, the days it
 * is open for answers (both inclusive) and how many responses it has.
 */
public record SurveyRound(long id, long cohortId, RoundKind kind, String instrumentCode, int instrumentVersion,
                          LocalDate opensOn, LocalDate closesOn, int responses) {

    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }
}
