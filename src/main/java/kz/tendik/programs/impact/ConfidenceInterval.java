package kz.tendik.programs.impact;

/** A confidence interval at {@code level} (0.95 for 95%). */
public record ConfidenceInterval(double level, double lower, double upper) {
}
