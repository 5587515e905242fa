package kz.tendik.programs.results;

/**
 * Programme indicators for one group (a programme, cohort, region or age band): enrolled (held a place),
 * completed, completion rate, attendance rate (sessions attended
 * over the cohort's sessions less excused absences, as the completion rule counts it), participants with the attitude scale
 * before and after, their mean change, the share who moved to a more equitable band, how many have an outcome
 * recorded and how many of those started a business (at the end or at a follow-up). Rates and means are
 * {@code null} when there is nothing to divide by.
 */
public record IndicatorRow(String dimension, String key, String label, int enrolled, int completed,
                           Double completionRate, Double attendanceRate, int paired, Double meanScoreChange,
                           Double shareMoreEquitable, int followedUp, int businessesStarted) {
}
