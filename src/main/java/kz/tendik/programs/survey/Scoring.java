package kz.tendik.programs.survey;

import java.util.List;

/**
 * How an instrument's scale score is made: the items that count (all choice items when none are named), their sum
 * or mean, and the bands the score falls into. Scores are built so that higher means more equitable (equitable
 * items are reverse-scored), so bands run from the least to the most equitable, each starting at its {@code from}
 * and ending where the next begins.
 */
public record Scoring(ScoringMethod method, List<String> items, List<Band> bands) {

    public Scoring {
        if (method == null) {
            throw new IllegalArgumentException("scoring needs a method (SUM or MEAN)");
        }
        items = items == null ? null : List.copyOf(items);
        if (bands == null || bands.isEmpty()) {
            throw new IllegalArgumentException("scoring needs at least one band");
        }
        bands = List.copyOf(bands);
        for (int i = 1; i < bands.size(); i++) {
            if (bands.get(i).from() <= bands.get(i - 1).from()) {
                throw new IllegalArgumentException("bands start at rising scores: " + bands.get(i).code());
            }
            if (bands.get(i).code().equals(bands.get(i - 1).code())) {
                throw new IllegalArgumentException("band " + bands.get(i).code() + " is repeated");
            }
        }
    }

    /** The position of the band a score falls into: 0 for the least equitable band. */
    public int bandIndex(double score) {
        int index = 0;
        for (int i = 0; i < bands.size(); i++) {
            if (score >= bands.get(i).from()) {
                index = i;
            }
        }
        return index;
    }

    public Band band(double score) {
        return bands.get(bandIndex(score));
    }
}
