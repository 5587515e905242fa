package kz.tendik.programs.impact;

import java.util.List;

import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.StandardDeviation;
import org.apache.commons.statistics.distribution.TDistribution;
import org.apache.commons.statistics.inference.TTest;

/**
 * The change in a scale score among participants with both scores ({@code n} pairs): means before and after and
 * the mean paired difference (after - before); its 95% confidence interval from the t distribution with n - 1
 * degrees of freedom (mean ± t(0.975, n - 1) · s / √n); the paired t-test; the Wilcoxon signed-rank test; and
 * Cohen's d_z (mean difference / standard deviation of the differences, s with n - 1). A positive change is a
 * change towards more equitable attitudes. Needs one pair for the means, two with differences that vary for the
 * interval, the t-test and d_z, and one non-zero difference for the signed-rank test.
 */
public record PairedScoreChange(int n, Computation<Means> means, Computation<ConfidenceInterval> meanDifferenceInterval,
                                Computation<PairedTTest> tTest, Computation<SignedRankTest> signedRank,
                                Computation<Double> cohensDz) {

    public static final double CONFIDENCE_LEVEL = 0.95;

    public static PairedScoreChange of(List<ScorePair> pairs) {
        int n = pairs.size();
        if (n == 0) {
            Computation<?> none = Computation.notComputable(NotComputableReason.NO_PAIRS);
            return new PairedScoreChange(0, cast(none), cast(none), cast(none), cast(none), cast(none));
        }
        double[] before = pairs.stream().mapToDouble(ScorePair::before).toArray();
        double[] after = pairs.stream().mapToDouble(ScorePair::after).toArray();
        double[] differences = pairs.stream().mapToDouble(pair -> SignedRankTest.rounded(pair.difference())).toArray();
        double meanDifference = Mean.of(differences).getAsDouble();
        Computation<Means> means = Computation.of(
                new Means(Mean.of(before).getAsDouble(), Mean.of(after).getAsDouble(), meanDifference));
        Computation<SignedRankTest> signedRank = SignedRankTest.of(differences);
        if (n < 2) {
            Computation<?> tooFew = Computation.notComputable(NotComputableReason.TOO_FEW_PAIRS);
            return new PairedScoreChange(n, means, cast(tooFew), cast(tooFew), signedRank, cast(tooFew));
        }
        double sd = StandardDeviation.of(differences).getAsDouble();
        if (sd == 0) {
            Computation<?> flat = Computation.notComputable(NotComputableReason.NO_VARIATION);
            return new PairedScoreChange(n, means, cast(flat), cast(flat), signedRank, cast(flat));
        }
        double halfWidth = TDistribution.of(n - 1.0).inverseSurvivalProbability((1 - CONFIDENCE_LEVEL) / 2)
                * sd / Math.sqrt(n);
        TTest.Result t = TTest.withDefaults().test(differences);
        return new PairedScoreChange(n, means,
                Computation.of(new ConfidenceInterval(CONFIDENCE_LEVEL, meanDifference - halfWidth, meanDifference + halfWidth)),
                Computation.of(new PairedTTest(t.getStatistic(), t.getDegreesOfFreedom(), t.getPValue())),
                signedRank, Computation.of(meanDifference / sd));
    }

    @SuppressWarnings("unchecked")
    private static <T> Computation<T> cast(Computation<?> notComputable) {
        return (Computation<T>) notComputable;
    }
}
