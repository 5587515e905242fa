package kz.tendik.programs.impact;

/** One participant's band before and after, as positions from 0 (the least equitable band). */
public record BandPair(int before, int after) {

    public BandPair {
        if (before < 0 || after < 0) {
            throw new IllegalArgumentException("band positions start at 0");
        }
    }
}
