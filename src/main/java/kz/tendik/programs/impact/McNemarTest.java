package kz.tendik.programs.impact;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.inference.BinomialTest;

/**
 * McNemar's test of "as many changed from yes to no as from no to yes", two-sided, on the discordant pairs
 * b (yes → no) and c (no → yes). Choice, stated so that a reader can reproduce the figures: when fewer than
 * {@value #EXACT_BELOW} answers changed (b + c &lt; 25, where the chi-square approximation is poor) the p-value is
 * the exact two-sided binomial test of b successes in b + c trials with p = 1/2 (Apache Commons Statistics
 * {@code BinomialTest}); otherwise it is the chi-square statistic with Edwards' continuity correction,
 * (|b - c| - 1)² / (b + c), on one degree of freedom — the same as R's {@code mcnemar.test(correct = TRUE)}, which
 * applies the correction only when b ≠ c ({@code any(x - t(x) != 0)} in its source): when b = c the statistic
 * is 0 and p = 1.
 * {@code chiSquare} is {@code null} for the exact test.
 */
public record McNemarTest(McNemarMethod method, Double chiSquare, double p) {

    public static final int EXACT_BELOW = 25;

    /** The test for b answers changed from yes to no and c from no to yes; not computable when none changed. */
    public static Computation<McNemarTest> of(int yesToNo, int noToYes) {
        if (yesToNo < 0 || noToYes < 0) {
            throw new IllegalArgumentException("counts are not negative");
        }
        int discordant = yesToNo + noToYes;
        if (discordant == 0) {
            return Computation.notComputable(NotComputableReason.NO_CHANGED_ANSWERS);
        }
        if (discordant < EXACT_BELOW) {
            double p = BinomialTest.withDefaults().test(discordant, yesToNo, 0.5).getPValue();
            return Computation.of(new McNemarTest(McNemarMethod.EXACT_BINOMIAL, null, p));
        }
        double corrected = yesToNo == noToYes ? 0.0 : Math.abs(yesToNo - noToYes) - 1.0;
        double chiSquare = corrected * corrected / discordant;
        double p = ChiSquaredDistribution.of(1).survivalProbability(chiSquare);
        return Computation.of(new McNemarTest(McNemarMethod.CHI_SQUARE_CORRECTED, chiSquare, p));
    }
}
