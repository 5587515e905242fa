package kz.tendik.programs.impact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class McNemarTestTest {

    /**
     * 20 women asked "is a husband justified in hitting his wife if she burns the food?" before and after:
     * 3 yes → yes, 7 yes → no, 1 no → yes, 9 no → no. Discordant b = 7, c = 1 (8 &lt; 25): exact. By hand:
     * two-sided binomial p = 2 · P(X ≤ 1 | 8, 1/2) = 2 · (1 + 8)/256 = 18/256 = 0.0703125.
     * SciPy: stats.binomtest(7, 8, 0.5).pvalue = 0.0703125.
     */
    @Test
    void fewChangedAnswersGetTheExactBinomialTestWithTheCounts() {
        List<YesNoPair> pairs = new ArrayList<>();
        pairs.addAll(Collections.nCopies(3, new YesNoPair(true, true)));
        pairs.addAll(Collections.nCopies(7, new YesNoPair(true, false)));
        pairs.addAll(Collections.nCopies(1, new YesNoPair(false, true)));
        pairs.addAll(Collections.nCopies(9, new YesNoPair(false, false)));

        YesNoChange change = YesNoChange.of(pairs);

        assertThat(change.n()).isEqualTo(20);
        assertThat(change.yesBefore()).isEqualTo(10);
        assertThat(change.yesAfter()).isEqualTo(4);
        assertThat(change.yesToNo()).isEqualTo(7);
        assertThat(change.noToYes()).isEqualTo(1);
        assertThat(change.unchanged()).isEqualTo(12);
        assertThat(change.changedToEquitable(false)).isEqualTo(7);
        assertThat(change.changedFromEquitable(false)).isEqualTo(1);
        assertThat(change.shareYesBefore().value()).isEqualTo(0.5);
        assertThat(change.shareYesAfter().value()).isEqualTo(0.2);
        McNemarTest test = change.mcNemar().value();
        assertThat(test.method()).isEqualTo(McNemarMethod.EXACT_BINOMIAL);
        assertThat(test.chiSquare()).isNull();
        assertThat(test.p()).isCloseTo(0.0703125, within(1e-12));
    }

    /** By hand: 2 · (C(12,0) + C(12,1) + C(12,2) + C(12,3))/2¹² = 2 · 299/4096 = 0.14599609375 (SciPy binomtest(3, 12)). */
    @Test
    void theExactTestIsTwoSided() {
        assertThat(McNemarTest.of(3, 9).value().p()).isCloseTo(0.14599609375, within(1e-12));
        assertThat(McNemarTest.of(9, 3).value().p()).isCloseTo(0.14599609375, within(1e-12));
    }

    /**
     * b = 25, c = 10 (35 ≥ 25): chi-square with Edwards' correction (|25 - 10| - 1)²/35 = 196/35 = 5.6;
     * SciPy: stats.chi2.sf(5.6, 1) = 0.01796047752607879 (R: mcnemar.test gives the same).
     */
    @Test
    void manyChangedAnswersGetTheContinuityCorrectedChiSquare() {
        McNemarTest test = McNemarTest.of(25, 10).value();
        assertThat(test.method()).isEqualTo(McNemarMethod.CHI_SQUARE_CORRECTED);
        assertThat(test.chiSquare()).isCloseTo(5.6, within(1e-12));
        assertThat(test.p()).isCloseTo(0.01796047752607879, within(1e-6));
    }

    /**
     * At the threshold: 24 changed answers (17, 7) are tested exactly — SciPy binomtest(7, 24).pvalue =
     * 0.06391465663909912, and 2 · Σ_{i≤7} C(24, i)/2²⁴ by exact fractions gives the same; 25 (18, 7) by
     * chi-square (|18 - 7| - 1)²/25 = 4.0, SciPy chi2.sf(4, 1) = 0.04550026389635857.
     */
    @Test
    void theExactTestIsUsedBelowTwentyFiveChangedAnswers() {
        McNemarTest exact = McNemarTest.of(17, 7).value();
        assertThat(exact.method()).isEqualTo(McNemarMethod.EXACT_BINOMIAL);
        assertThat(exact.p()).isCloseTo(0.06391465663909912, within(1e-9));
        McNemarTest chi = McNemarTest.of(18, 7).value();
        assertThat(chi.method()).isEqualTo(McNemarMethod.CHI_SQUARE_CORRECTED);
        assertThat(chi.chiSquare()).isEqualTo(4.0);
        assertThat(chi.p()).isCloseTo(0.04550026389635857, within(1e-6));
    }

    /**
     * b = c = 15 (30 ≥ 25): R's mcnemar.test applies the continuity correction only when b ≠ c, so the statistic
     * is (15 - 15)²/30 = 0 and p = 1 — not (|0| - 1)²/30 = 1/30 with p = 0.855.
     */
    @Test
    void asManyChangesEachWayGiveAStatisticOfZeroAndPOfOne() {
        McNemarTest test = McNemarTest.of(15, 15).value();
        assertThat(test.method()).isEqualTo(McNemarMethod.CHI_SQUARE_CORRECTED);
        assertThat(test.chiSquare()).isEqualTo(0.0);
        assertThat(test.p()).isCloseTo(1.0, within(1e-12));
    }

    /**
     * b = 40, c = 22: (|40 - 22| - 1)²/62 = 289/62 = 4.661290322580645 by exact fractions; SciPy 1.17.1:
     * stats.chi2.sf(289/62, 1) = 0.030849999436874987, and erfc(√(289/124)) = 0.030849999436874973.
     */
    @Test
    void aSecondWorkedExampleOfTheCorrectedChiSquare() {
        McNemarTest test = McNemarTest.of(40, 22).value();
        assertThat(test.chiSquare()).isCloseTo(289.0 / 62.0, within(1e-12));
        assertThat(test.p()).isCloseTo(0.030849999436874987, within(1e-6));
        assertThat(McNemarTest.of(22, 40).value().p()).isCloseTo(0.030849999436874987, within(1e-6));
    }

    @Test
    void withoutChangedAnswersOrPairsThereIsNoTest() {
        YesNoChange unchanged = YesNoChange.of(List.of(new YesNoPair(true, true), new YesNoPair(false, false)));
        assertThat(unchanged.mcNemar().whyNot()).contains(NotComputableReason.NO_CHANGED_ANSWERS);
        YesNoChange none = YesNoChange.of(List.of());
        assertThat(none.mcNemar().whyNot()).contains(NotComputableReason.NO_PAIRS);
        assertThat(none.shareYesBefore().whyNot()).contains(NotComputableReason.NO_PAIRS);
    }
}
