package kz.tendik.programs.impact;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Who stays to be measured: enrolled, completed the programme, answered the survey before, and answered it both
 * before and after ("surveyed twice", the pairs of the impact analysis). Every count is of enrolled participants.
 * A participant who left early but answered both surveys is paired too, so {@code surveyedTwice} may include
 * people not in {@code completed}; {@code completedAndSurveyedTwice} counts those in both.
 */
public record AttritionFunnel(int enrolled, int completed, int surveyedBefore, int surveyedTwice,
                              int completedAndSurveyedTwice) {

    public AttritionFunnel {
        if (completed < 0 || surveyedBefore < 0 || completedAndSurveyedTwice < 0 || completed > enrolled
                || surveyedBefore > enrolled || surveyedTwice > surveyedBefore
                || completedAndSurveyedTwice > Math.min(completed, surveyedTwice)) {
            throw new IllegalArgumentException("the funnel's counts do not nest");
        }
    }

    /** The funnel from participant identifiers (any type with equals/hashCode); people not enrolled are ignored. */
    public static <K> AttritionFunnel of(Collection<K> enrolled, Collection<K> completed, Collection<K> surveyedBefore,
                                         Collection<K> surveyedAfter) {
        Set<K> in = new HashSet<>(enrolled);
        Set<K> done = only(in, completed);
        Set<K> before = only(in, surveyedBefore);
        Set<K> twice = only(before, surveyedAfter);
        return new AttritionFunnel(in.size(), done.size(), before.size(), twice.size(), only(done, twice).size());
    }

    /** Completed of enrolled. */
    public Computation<Double> completionRate() {
        return rate(completed);
    }

    /** Surveyed twice of enrolled: the share of the enrolled the impact analysis speaks for. */
    public Computation<Double> pairedRate() {
        return rate(surveyedTwice);
    }

    private Computation<Double> rate(int count) {
        return enrolled == 0 ? Computation.notComputable(NotComputableReason.NO_ENROLMENT)
                : Computation.of((double) count / enrolled);
    }

    private static <K> Set<K> only(Set<K> within, Collection<K> members) {
        Set<K> result = new HashSet<>(members);
        result.retainAll(within);
        return result;
    }
}
