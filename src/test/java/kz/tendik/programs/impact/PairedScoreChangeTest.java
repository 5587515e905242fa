package kz.tendik.programs.impact;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Reference values computed independently with SciPy 1.17.1 (Python 3) and checked by hand or with mpmath where
 * noted; tolerance 1e-6.
 */
class PairedScoreChangeTest {

    static final double TOLERANCE = 1e-6;

    /**
     * Example A: ten GEM totals before and after. Differences (after - before): 4, 1, 5, 0, 3, 4, -1, 3, 3, 6 —
     * one zero, tied |1|, |-1|, tied 3, 3, 3 and tied 4, 4.
     */
    static final double[] BEFORE_A = {18, 20, 22, 19, 25, 21, 17, 23, 20, 24};
    static final double[] AFTER_A = {22, 21, 27, 19, 28, 25, 16, 26, 23, 30};

    static List<ScorePair> pairs(double[] before, double[] after, double divisor) {
        List<ScorePair> pairs = new ArrayList<>();
        for (int i = 0; i < before.length; i++) {
            pairs.add(new ScorePair(before[i] / divisor, after[i] / divisor));
        }
        return pairs;
    }

    /**
     * SciPy: a = [...]; b = [...]; d = b - a; d.mean(), d.std(ddof=1); stats.ttest_rel(b, a) → t, p;
     * stats.ttest_rel(b, a).confidence_interval(0.95) (equal to d.mean() ± t.ppf(0.975, 9)·s/√10); d.mean()/s.
     * By hand: mean 28/10 = 2.8; Σ(d - 2.8)² = 43.6, s² = 43.6/9, s = 2.2010098692...; t = 2.8/(s/√10) = 4.0228703979...
     */
    @Test
    void meansConfidenceIntervalTTestAndEffectSizeMatchTheWorkedExample() {
        PairedScoreChange change = PairedScoreChange.of(pairs(BEFORE_A, AFTER_A, 1));

        assertThat(change.n()).isEqualTo(10);
        Means means = change.means().value();
        assertThat(means.before()).isCloseTo(20.9, within(TOLERANCE));
        assertThat(means.after()).isCloseTo(23.7, within(TOLERANCE));
        assertThat(means.difference()).isCloseTo(2.8, within(TOLERANCE));

        ConfidenceInterval interval = change.meanDifferenceInterval().value();
        assertThat(interval.level()).isEqualTo(0.95);
        assertThat(interval.lower()).isCloseTo(1.2254923899372852, within(TOLERANCE));
        assertThat(interval.upper()).isCloseTo(4.3745076100627145, within(TOLERANCE));

        PairedTTest t = change.tTest().value();
        assertThat(t.t()).isCloseTo(4.022870397928836, within(TOLERANCE));
        assertThat(t.degreesOfFreedom()).isEqualTo(9.0);
        assertThat(t.p()).isCloseTo(0.0030050455738232828, within(TOLERANCE));

        assertThat(change.cohensDz().value()).isCloseTo(1.2721433189123035, within(TOLERANCE));
    }

    /**
     * SciPy: stats.wilcoxon(d, zero_method="wilcox", correction=True, method="approx").pvalue = 0.014625802185752967.
     * By hand: the zero is dropped, n = 9; |d| ranks 1.5, 1.5 (|1|, |-1|), 4, 4, 4 (3s), 6.5, 6.5 (4s), 8 (5), 9 (6);
     * W+ = 45 - 1.5 = 43.5; E = 9·10/4 = 22.5; Var = (9·10·19 - (6 + 24 + 6)/2)/24 = 1692/24 = 70.5;
     * z = (43.5 - 22.5 - 0.5)/√70.5 = 2.4415144701...; p = erfc(z/√2) = 0.0146258021857529... (mpmath, 30 digits).
     */
    @Test
    void theSignedRankTestDropsTheZeroAndUsesTheNormalApproximationWhenDifferencesTie() {
        SignedRankTest test = PairedScoreChange.of(pairs(BEFORE_A, AFTER_A, 1)).signedRank().value();

        assertThat(test.nonZeroDifferences()).isEqualTo(9);
        assertThat(test.zeroDifferences()).isEqualTo(1);
        assertThat(test.tiedDifferences()).isTrue();
        assertThat(test.method()).isEqualTo(SignedRankMethod.NORMAL_APPROXIMATION);
        assertThat(test.wPlus()).isEqualTo(43.5);
        assertThat(test.p()).isCloseTo(0.014625802185752967, within(TOLERANCE));
    }

    /**
     * The same example as mean scores over 12 items (every score divided by 12): the differences are the same up
     * to floating point (4/12 comes out as 0.33333333333333326 and 0.3333333333333335), so ties must still tie and the rank test, the t-test and d_z must not change; the means,
     * the interval scale by 1/12.
     */
    @Test
    void meanScoresTieAsTheirSumsDo() {
        PairedScoreChange sums = PairedScoreChange.of(pairs(BEFORE_A, AFTER_A, 1));
        PairedScoreChange means = PairedScoreChange.of(pairs(BEFORE_A, AFTER_A, 12));

        assertThat(means.signedRank().value().tiedDifferences()).isTrue();
        assertThat(means.signedRank().value().zeroDifferences()).isEqualTo(1);
        assertThat(means.signedRank().value().wPlus()).isEqualTo(43.5);
        assertThat(means.signedRank().value().p()).isCloseTo(sums.signedRank().value().p(), within(1e-12));
        assertThat(means.tTest().value().p()).isCloseTo(0.0030050455738232828, within(TOLERANCE));
        assertThat(means.cohensDz().value()).isCloseTo(1.2721433189123035, within(TOLERANCE));
        assertThat(means.meanDifferenceInterval().value().lower()).isCloseTo(1.2254923899372852 / 12, within(TOLERANCE));
    }

    @Test
    void withoutPairsNothingIsComputable() {
        PairedScoreChange change = PairedScoreChange.of(List.of());
        assertThat(change.n()).isZero();
        for (Computation<?> figure : List.of(change.means(), change.meanDifferenceInterval(), change.tTest(),
                change.signedRank(), change.cohensDz())) {
            assertThat(figure.whyNot()).contains(NotComputableReason.NO_PAIRS);
        }
    }

    @Test
    void onePairGivesMeansButNoIntervalTestOrEffectSize() {
        PairedScoreChange change = PairedScoreChange.of(List.of(new ScorePair(20, 23)));
        assertThat(change.means().value()).isEqualTo(new Means(20, 23, 3));
        assertThat(change.meanDifferenceInterval().whyNot()).contains(NotComputableReason.TOO_FEW_PAIRS);
        assertThat(change.tTest().whyNot()).contains(NotComputableReason.TOO_FEW_PAIRS);
        assertThat(change.cohensDz().whyNot()).contains(NotComputableReason.TOO_FEW_PAIRS);
        // one positive difference: W+ = 1 of a total of 1, exact two-sided p = 2 · P(W+ ≥ 1) = 2 · 1/2 = 1
        assertThat(change.signedRank().value().p()).isEqualTo(1.0);
        assertThat(change.signedRank().value().method()).isEqualTo(SignedRankMethod.EXACT);
    }

    @Test
    void differencesThatDoNotVaryGiveNoTTestAndNoEffectSize() {
        PairedScoreChange change = PairedScoreChange.of(List.of(new ScorePair(20, 22), new ScorePair(25, 27),
                new ScorePair(14, 16)));
        assertThat(change.means().value().difference()).isEqualTo(2.0);
        assertThat(change.tTest().whyNot()).contains(NotComputableReason.NO_VARIATION);
        assertThat(change.cohensDz().whyNot()).contains(NotComputableReason.NO_VARIATION);
        assertThat(change.meanDifferenceInterval().whyNot()).contains(NotComputableReason.NO_VARIATION);
        assertThat(change.signedRank().isComputed()).isTrue();
    }

    @Test
    void noChangeAtAllGivesNoSignedRankTest() {
        PairedScoreChange change = PairedScoreChange.of(List.of(new ScorePair(20, 20), new ScorePair(25, 25)));
        assertThat(change.signedRank().whyNot()).contains(NotComputableReason.ALL_DIFFERENCES_ZERO);
        assertThat(change.tTest().whyNot()).contains(NotComputableReason.NO_VARIATION);
    }
}
