package kz.tendik.programs.impact;

import java.util.Arrays;

import org.apache.commons.statistics.inference.ContinuityCorrection;
import org.apache.commons.statistics.inference.PValueMethod;
import org.apache.commons.statistics.inference.WilcoxonSignedRankTest;

/**
 * The Wilcoxon signed-rank test of "the paired differences are symmetric about zero", two-sided, computed by
 * Apache Commons Statistics. Choices, stated so that a reader can reproduce the figures:
 * <ul>
 * <li>Zero differences are dropped before ranking (Wilcoxon's original procedure, as in R's {@code wilcox.test},
 *     SPSS and SciPy's default {@code zero_method="wilcox"}); {@code nonZeroDifferences} is the n of the test.
 *     (The library's own zero procedure, Pratt's, would keep zeros in the ranking.)</li>
 * <li>With at most {@value #EXACT_LIMIT} non-zero differences and no tied absolute differences the p-value is
 *     exact. Otherwise — ties (common with integer scale scores) or more differences — it comes from the normal
 *     approximation with the variance corrected for ties (sum of t³ - t over tied groups, divided by 48) and a
 *     continuity correction of 0.5 towards the mean; this equals R's {@code wilcox.test(correct = TRUE)} and
 *     SciPy's {@code wilcoxon(method="approx", correction=True)}.</li>
 * <li>Differences are rounded to {@value #DECIMALS} decimal places first, so that equal differences of mean
 *     scores, which floating point can tell apart by the last bit, tie (and zeros are zero) as they should.</li>
 * </ul>
 * {@code wPlus} is the sum of the ranks of the positive differences (after above before).
 */
public record SignedRankTest(int nonZeroDifferences, int zeroDifferences, boolean tiedDifferences, double wPlus,
                             double p, SignedRankMethod method) {

    /** The most non-zero differences for which the exact p-value is used (as the library's own automatic choice). */
    public static final int EXACT_LIMIT = 50;
    static final int DECIMALS = 9;

    /** The test of the differences {@code after - before}; not computable when there are none or all are zero. */
    public static Computation<SignedRankTest> of(double[] differences) {
        if (differences.length == 0) {
            return Computation.notComputable(NotComputableReason.NO_PAIRS);
        }
        double[] nonZero = Arrays.stream(differences).map(SignedRankTest::rounded).filter(d -> d != 0).toArray();
        if (nonZero.length == 0) {
            return Computation.notComputable(NotComputableReason.ALL_DIFFERENCES_ZERO);
        }
        boolean ties = Arrays.stream(nonZero).map(Math::abs).distinct().count() < nonZero.length;
        SignedRankMethod method = !ties && nonZero.length <= EXACT_LIMIT
                ? SignedRankMethod.EXACT : SignedRankMethod.NORMAL_APPROXIMATION;
        WilcoxonSignedRankTest.Result result = WilcoxonSignedRankTest.withDefaults()
                .with(method == SignedRankMethod.EXACT ? PValueMethod.EXACT : PValueMethod.ASYMPTOTIC)
                .with(ContinuityCorrection.ENABLED)
                .test(nonZero);
        return Computation.of(new SignedRankTest(nonZero.length, differences.length - nonZero.length, ties,
                result.getStatistic(), result.getPValue(), method));
    }

    static double rounded(double value) {
        return new java.math.BigDecimal(value).setScale(DECIMALS, java.math.RoundingMode.HALF_EVEN).doubleValue();
    }
}
