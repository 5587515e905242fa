package kz.tendik.programs.impact;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SignedRankTestTest {

    /**
     * Example B, no zeros, no ties, n = 8: d = 1.5, -0.5, 2, 3.5, 4.25, -1, 5, 2.75. Ranks of |d|: 0.5→1, 1→2,
     * 1.5→3, 2→4, 2.75→5, 3.5→6, 4.25→7, 5→8; W- = 1 + 2 = 3, W+ = 36 - 3 = 33. Exact by hand: the subsets of
     * {1..8} with rank sum ≤ 3 are {}, {1}, {2}, {3}, {1,2}: 5 of 2⁸ = 256, so p = 2 · 5/256 = 0.0390625.
     * SciPy: stats.wilcoxon(d, method="exact").pvalue = 0.0390625.
     */
    @Test
    void smallSamplesWithoutTiesGetTheExactPValue() {
        SignedRankTest test = SignedRankTest.of(new double[] {1.5, -0.5, 2, 3.5, 4.25, -1, 5, 2.75}).value();
        assertThat(test.method()).isEqualTo(SignedRankMethod.EXACT);
        assertThat(test.tiedDifferences()).isFalse();
        assertThat(test.wPlus()).isEqualTo(33.0);
        assertThat(test.p()).isCloseTo(0.0390625, within(1e-12));
    }

    /**
     * Example C, n = 60 without ties: d_k = k, except -k when k is a multiple of 3 (k = 1..60). W+ = 1830 - 3·210
     * = 1200; E = 60·61/4 = 915; Var = 60·61·121/24 = 18452.5; z = (1200 - 915 - 0.5)/√18452.5 = 2.0943760539...;
     * p = erfc(z/√2) = 0.0362264941787866 (mpmath). SciPy: stats.wilcoxon(d, correction=True, method="approx")
     * .pvalue = 0.03622649417878663.
     */
    @Test
    void largeSamplesUseTheNormalApproximationWithContinuityCorrection() {
        double[] d = IntStream.rangeClosed(1, 60).mapToDouble(k -> k % 3 == 0 ? -k : k).toArray();
        SignedRankTest test = SignedRankTest.of(d).value();
        assertThat(test.method()).isEqualTo(SignedRankMethod.NORMAL_APPROXIMATION);
        assertThat(test.tiedDifferences()).isFalse();
        assertThat(test.nonZeroDifferences()).isEqualTo(60);
        assertThat(test.wPlus()).isEqualTo(1200.0);
        assertThat(test.p()).isCloseTo(0.03622649417878663, within(1e-6));
    }

    @Test
    void theExactLimitIsFiftyNonZeroDifferences() {
        double[] fifty = IntStream.rangeClosed(1, 50).mapToDouble(k -> k % 3 == 0 ? -k : k).toArray();
        double[] fiftyOne = IntStream.rangeClosed(1, 51).mapToDouble(k -> k % 3 == 0 ? -k : k).toArray();
        assertThat(SignedRankTest.of(fifty).value().method()).isEqualTo(SignedRankMethod.EXACT);
        assertThat(SignedRankTest.of(fiftyOne).value().method()).isEqualTo(SignedRankMethod.NORMAL_APPROXIMATION);
    }
}
