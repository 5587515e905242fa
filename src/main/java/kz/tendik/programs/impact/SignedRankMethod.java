package kz.tendik.programs.impact;

/** How the Wilcoxon signed-rank p-value was found. */
public enum SignedRankMethod {
    /** The exact null distribution of W+ (no ties, at most {@link SignedRankTest#EXACT_LIMIT} non-zero differences). */
    EXACT,
    /** The normal approximation with tie correction and continuity correction. */
    NORMAL_APPROXIMATION;

    public String messageKey() {
        return "programs.impact.signedRankMethod." + name();
    }
}
