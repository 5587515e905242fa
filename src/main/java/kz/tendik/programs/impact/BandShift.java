package kz.tendik.programs.impact;

import java.util.List;

/**
 * Movement between bands among participants with both scores ({@code n} pairs): how many moved to a more
 * equitable band, stayed, or moved to a less equitable one. The share that moved up is given two ways: of all
 * pairs (the headline figure), and of those who could move up — everyone not already in the most equitable band
 * before ({@code couldMoveUp}).
 */
public record BandShift(int n, int moreEquitable, int unchanged, int lessEquitable, int couldMoveUp,
                        Computation<Double> shareMoreEquitable, Computation<Double> shareMoreEquitableOfThoseWhoCould) {

    /** The shift for pairs of band positions on a scale of {@code bandCount} bands. */
    public static BandShift of(List<BandPair> pairs, int bandCount) {
        if (bandCount < 1 || pairs.stream().anyMatch(pair -> pair.before() >= bandCount || pair.after() >= bandCount)) {
            throw new IllegalArgumentException("band positions lie within the " + bandCount + " bands");
        }
        int up = (int) pairs.stream().filter(pair -> pair.after() > pair.before()).count();
        int down = (int) pairs.stream().filter(pair -> pair.after() < pair.before()).count();
        int could = (int) pairs.stream().filter(pair -> pair.before() < bandCount - 1).count();
        int n = pairs.size();
        return new BandShift(n, up, n - up - down, down, could,
                n == 0 ? Computation.notComputable(NotComputableReason.NO_PAIRS) : Computation.of((double) up / n),
                could == 0 ? Computation.notComputable(n == 0 ? NotComputableReason.NO_PAIRS
                        : NotComputableReason.ALL_IN_HIGHEST_BAND) : Computation.of((double) up / could));
    }
}
