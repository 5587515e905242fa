package kz.tendik.programs.impact;

/** One participant's scale score before and after; the change is {@code after - before}. */
public record ScorePair(double before, double after) {

    public ScorePair {
        if (!Double.isFinite(before) || !Double.isFinite(after)) {
            throw new IllegalArgumentException("scores are finite numbers");
        }
    }

    public double difference() {
        return after - before;
    }
}
