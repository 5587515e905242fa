package kz.tendik.programs.survey;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import kz.tendik.shared.web.UserInputException;
import kz.tendik.shared.web.UserInputException.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class SurveyScoringTest {

    private static final SurveyInstruments INSTRUMENTS = new SurveyInstruments();
    private final SurveyInstrument gem = INSTRUMENTS.latest(SurveyInstruments.GENDER_ATTITUDES).orElseThrow();
    private final SurveyInstrument dhs = INSTRUMENTS.latest(SurveyInstruments.WIFE_BEATING).orElseThrow();

    /**
     * Worked by hand. Answers (1 agree, 2 partially agree, 3 do not agree) and item scores; the four equitable items
     * (marked R) are reverse-scored as 4 - answer:
     * care-is-mothers-job 1 → 1; decide-children-together (R) 1 → 3; man-has-final-say 2 → 2;
     * tolerate-violence-for-family 3 → 3; share-housework (R) 2 → 2; husband-decides-money 1 → 1;
     * sometimes-deserves-beating 3 → 3; father-stays-involved (R) 3 → 1; violence-is-private 2 → 2;
     * wife-cannot-refuse-sex 3 → 3; equal-right-to-work (R) 1 → 3; contraception-womans-job 2 → 2.
     * Score = 1+3+2+3+2+1+3+1+2+3+3+2 = 26, in "moderate" (20-27). Without reversal it would be 24.
     */
    @Test
    void theAttitudeScoreSumsItemScoresWithEquitableItemsReversed() {
        Map<String, Integer> answers = new LinkedHashMap<>();
        answers.put("care-is-mothers-job", 1);
        answers.put("decide-children-together", 1);
        answers.put("man-has-final-say", 2);
        answers.put("tolerate-violence-for-family", 3);
        answers.put("share-housework", 2);
        answers.put("husband-decides-money", 1);
        answers.put("sometimes-deserves-beating", 3);
        answers.put("father-stays-involved", 3);
        answers.put("violence-is-private", 2);
        answers.put("wife-cannot-refuse-sex", 3);
        answers.put("equal-right-to-work", 1);
        answers.put("contraception-womans-job", 2);

        SurveyResult result = SurveyScoring.score(gem, answers);

        assertThat(result.score()).isEqualTo(26.0);
        assertThat(result.band().code()).isEqualTo("moderate");
        assertThat(result.bandIndex()).isEqualTo(1);
        assertThat(result.answers()).isEqualTo(answers);
        assertThat(result.instrumentCode()).isEqualTo("gender-attitudes");
        assertThat(result.toString()).doesNotContain("care-is-mothers-job");
    }

    @Test
    void bandsStartAtTheirCutOffs() {
        assertThat(SurveyScoring.score(gem, gemAnswersScoring(12)).band().code()).isEqualTo("low");
        assertThat(SurveyScoring.score(gem, gemAnswersScoring(19)).band().code()).isEqualTo("low");
        assertThat(SurveyScoring.score(gem, gemAnswersScoring(20)).band().code()).isEqualTo("moderate");
        assertThat(SurveyScoring.score(gem, gemAnswersScoring(27)).band().code()).isEqualTo("moderate");
        assertThat(SurveyScoring.score(gem, gemAnswersScoring(28)).band().code()).isEqualTo("high");
        assertThat(SurveyScoring.score(gem, gemAnswersScoring(36)).score()).isEqualTo(36.0);
    }

    /** Test scale (SurveyInstrumentsTest): q0-q3 as answered, q4 reversed (4 - answer); mean of five. */
    @Test
    void aMeanScoreDividesTheSumByTheNumberOfScoredItems() {
        SurveyInstrument meanScale = SurveyInstruments.read(SurveyInstrumentsTest.json(
                SurveyInstrumentsTest.instrument(1, "2").replace("\"method\": \"SUM\"", "\"method\": \"MEAN\"")
                        .replace("\"from\": 5", "\"from\": 1")));
        Map<String, Integer> answers = Map.of("q0", 3, "q1", 3, "q2", 2, "q3", 1, "q4", 3, "yn", 0);
        // item scores 3, 3, 2, 1, 4 - 3 = 1: sum 10, mean 10 / 5 = 2.0, the band from 2
        SurveyResult result = SurveyScoring.score(meanScale, answers);
        assertThat(result.score()).isEqualTo(2.0);
        assertThat(result.band().code()).isEqualTo("high");
        assertThat(meanScale.minScore()).isEqualTo(1.0);
        assertThat(meanScale.maxScore()).isEqualTo(3.0);
    }

    @Test
    void agreeingWithAnyReasonMakesTheDhsIndicatorYes() {
        Map<String, Integer> none = Map.of("burns-food", 0, "argues-with-him", 0, "goes-out-without-telling", 0,
                "neglects-children", 0, "refuses-sex", 0);
        Map<String, Integer> one = new HashMap<>(none);
        one.put("neglects-children", 1);
        assertThat(SurveyScoring.score(dhs, none).indicators()).containsEntry("justifies-any", false);
        assertThat(SurveyScoring.score(dhs, one).indicators()).containsEntry("justifies-any", true);
        assertThat(SurveyScoring.score(dhs, one).score()).isNull();
        assertThat(SurveyScoring.score(dhs, one).band()).isNull();
    }

    @Test
    void everyProblemWithAResponseNamesItsFieldAndMessage() {
        Map<String, Integer> answers = new HashMap<>(gemAnswersScoring(24));
        answers.remove("share-housework");
        answers.put("man-has-final-say", 4);
        answers.put("equal-right-to-work", 0);
        answers.put("favourite-colour", 1);

        assertThat(SurveyScoring.problems(gem, answers)).extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactlyInAnyOrder(
                        tuple("answers[man-has-final-say]", SurveyScoring.OUT_OF_RANGE),
                        tuple("answers[share-housework]", "validation.required"),
                        tuple("answers[equal-right-to-work]", SurveyScoring.OUT_OF_RANGE),
                        tuple("answers[favourite-colour]", SurveyScoring.UNKNOWN_ITEM));
        assertThatThrownBy(() -> SurveyScoring.score(gem, answers)).isInstanceOfSatisfying(UserInputException.class,
                e -> assertThat(e.problems()).hasSize(4));
    }

    @Test
    void aYesNoAnswerIsOneOrZero() {
        Map<String, Integer> answers = new HashMap<>(Map.of("burns-food", 2, "argues-with-him", 0,
                "goes-out-without-telling", 0, "neglects-children", 0));
        answers.put("refuses-sex", null);
        assertThat(SurveyScoring.problems(dhs, answers)).extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactlyInAnyOrder(tuple("answers[burns-food]", SurveyScoring.OUT_OF_RANGE),
                        tuple("answers[refuses-sex]", "validation.required"));
        assertThat(SurveyScoring.problems(dhs, null)).hasSize(5);
    }

    @Test
    void anOptionalItemMayBeLeftUnanswered() {
        SurveyInstrument optional = SurveyInstruments.read(SurveyInstrumentsTest.json(SurveyInstrumentsTest.instrument(1, "12")
                .replace("\"type\": \"YES_NO\",", "\"type\": \"YES_NO\", \"required\": false,")));
        SurveyResult result = SurveyScoring.score(optional, Map.of("q0", 1, "q1", 1, "q2", 1, "q3", 1, "q4", 1));
        // 1 + 1 + 1 + 1 + (4 - 1) = 7
        assertThat(result.score()).isEqualTo(7.0);
        assertThat(result.indicators()).containsEntry("any", false);
        assertThat(result.answers()).doesNotContainKey("yn");
    }

    /** GEM answers whose score is {@code target} (12-36): item scores from 1 upwards, turned back into answers. */
    static Map<String, Integer> gemAnswersScoring(int target) {
        SurveyInstrument gem = INSTRUMENTS.latest(SurveyInstruments.GENDER_ATTITUDES).orElseThrow();
        Map<String, Integer> answers = new LinkedHashMap<>();
        int remaining = target - gem.items().size();
        for (SurveyItem item : gem.items()) {
            int itemScore = 1 + Math.min(2, remaining);
            remaining -= itemScore - 1;
            answers.put(item.code(), item.reverseScored() ? 4 - itemScore : itemScore);
        }
        return answers;
    }
}
