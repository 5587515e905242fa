package kz.tendik.programs.impact;

import java.util.HashMap;
import java.util.Map;

import kz.tendik.programs.survey.SurveyInstrument;
import kz.tendik.programs.survey.SurveyInstruments;
import kz.tendik.programs.survey.SurveyResult;
import kz.tendik.programs.survey.SurveyScoring;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** From answers to figures: responses are scored with the shipped instruments, paired by participant, measured. */
class ImpactAnalysisTest {

    private static final SurveyInstruments INSTRUMENTS = new SurveyInstruments();
    private final SurveyInstrument gem = INSTRUMENTS.latest(SurveyInstruments.GENDER_ATTITUDES).orElseThrow();
    private final SurveyInstrument dhs = INSTRUMENTS.latest(SurveyInstruments.WIFE_BEATING).orElseThrow();

    /**
     * Participants 0-9 answer so that their GEM totals are example A's (PairedScoreChangeTest); participant 10
     * answered only before and participant 11 only after, so neither is paired. Bands before (low &lt; 20 ≤
     * moderate &lt; 28 ≤ high): L M M L M M L M M M; after: M M M L H M L M M H — three moved up (0: 18→22,
     * 4: 25→28, 9: 24→30), none down, share 3/10; nobody started in the top band, so also 3/10 of those who could.
     */
    @Test
    void scoresArePairedByParticipantAndMeasured() {
        Map<Integer, SurveyResult> before = new HashMap<>();
        Map<Integer, SurveyResult> after = new HashMap<>();
        for (int i = 0; i < 10; i++) {
            before.put(i, gemScoring((int) PairedScoreChangeTest.BEFORE_A[i]));
            after.put(i, gemScoring((int) PairedScoreChangeTest.AFTER_A[i]));
        }
        before.put(10, gemScoring(12));
        after.put(11, gemScoring(36));

        InstrumentImpact impact = ImpactAnalysis.of(gem, before, after);

        assertThat(impact.n()).isEqualTo(10);
        assertThat(impact.score().means().value().difference()).isCloseTo(2.8, within(1e-6));
        assertThat(impact.score().tTest().value().p()).isCloseTo(0.0030050455738232828, within(1e-6));
        assertThat(impact.score().signedRank().value().p()).isCloseTo(0.014625802185752967, within(1e-6));
        assertThat(impact.score().cohensDz().value()).isCloseTo(1.2721433189123035, within(1e-6));
        assertThat(impact.bands().moreEquitable()).isEqualTo(3);
        assertThat(impact.bands().lessEquitable()).isZero();
        assertThat(impact.bands().shareMoreEquitable().value()).isCloseTo(0.3, within(1e-12));
        assertThat(impact.bands().shareMoreEquitableOfThoseWhoCould().value()).isCloseTo(0.3, within(1e-12));
        assertThat(impact.yesNoItems()).isEmpty();
    }

    /**
     * 20 women: "burns the food" as in McNemarTestTest (3 yes→yes, 7 yes→no, 1 no→yes, 9 no→no), every other
     * reason "no" throughout, so "agrees with at least one reason" moves the same way: exact p = 18/256.
     */
    @Test
    void yesNoItemsAndTheDerivedIndicatorGetMcNemarsTest() {
        Map<String, SurveyResult> before = new HashMap<>();
        Map<String, SurveyResult> after = new HashMap<>();
        for (int i = 0; i < 20; i++) {
            boolean yesBefore = i < 10;
            boolean yesAfter = i < 3 || i == 10;
            before.put("p" + i, dhsAnswering(yesBefore));
            after.put("p" + i, dhsAnswering(yesAfter));
        }

        InstrumentImpact impact = ImpactAnalysis.of(dhs, before, after);

        assertThat(impact.score()).isNull();
        assertThat(impact.bands()).isNull();
        assertThat(impact.yesNoItems()).containsOnlyKeys("burns-food", "argues-with-him", "goes-out-without-telling",
                "neglects-children", "refuses-sex");
        YesNoChange food = impact.yesNoItems().get("burns-food");
        assertThat(food.yesToNo()).isEqualTo(7);
        assertThat(food.noToYes()).isEqualTo(1);
        assertThat(food.mcNemar().value().p()).isCloseTo(0.0703125, within(1e-12));
        assertThat(impact.yesNoItems().get("refuses-sex").mcNemar().whyNot())
                .contains(NotComputableReason.NO_CHANGED_ANSWERS);
        YesNoChange any = impact.indicators().get("justifies-any");
        assertThat(any.yesBefore()).isEqualTo(10);
        assertThat(any.yesAfter()).isEqualTo(4);
        assertThat(any.mcNemar().value().method()).isEqualTo(McNemarMethod.EXACT_BINOMIAL);
        assertThat(any.mcNemar().value().p()).isCloseTo(0.0703125, within(1e-12));
    }

    @Test
    void responsesToAnotherInstrumentOrVersionAreRefused() {
        Map<Integer, SurveyResult> wrong = Map.of(1, dhsAnswering(true));
        assertThatThrownBy(() -> ImpactAnalysis.of(gem, wrong, Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutPairsTheFiguresSayWhyTheyAreMissing() {
        InstrumentImpact impact = ImpactAnalysis.of(gem, Map.of(1, gemScoring(20)), Map.of(2, gemScoring(30)));
        assertThat(impact.n()).isZero();
        assertThat(impact.score().means().whyNot()).contains(NotComputableReason.NO_PAIRS);
        assertThat(impact.bands().shareMoreEquitable().whyNot()).contains(NotComputableReason.NO_PAIRS);
    }

    private SurveyResult gemScoring(int total) {
        return SurveyScoring.score(gem, kz.tendik.programs.survey.SurveyScoringTestSupport.gemAnswersScoring(total));
    }

    private SurveyResult dhsAnswering(boolean burnsFood) {
        return SurveyScoring.score(dhs, Map.of("burns-food", burnsFood ? 1 : 0, "argues-with-him", 0,
                "goes-out-without-telling", 0, "neglects-children", 0, "refuses-sex", 0));
    }
}
