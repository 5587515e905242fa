package kz.tendik.programs.survey;

import java.util.Map;

/** Lets tests in other packages build GEM answers with a given total. */
public final class SurveyScoringTestSupport {

    private SurveyScoringTestSupport() {
    }

    public static Map<String, Integer> gemAnswersScoring(int total) {
        return SurveyScoringTest.gemAnswersScoring(total);
    }
}
