package kz.tendik.programs.impact;

/** The paired t-test of "the mean difference is zero": t, its degrees of freedom (n - 1), and the two-sided p-value. */
public record PairedTTest(double t, double degreesOfFreedom, double p) {
}
