package kz.tendik.programs.impact;

/** Mean score before, mean score after, and the mean paired difference (after - before). */
public record Means(double before, double after, double difference) {
}
