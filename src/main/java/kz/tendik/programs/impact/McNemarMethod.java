package kz.tendik.programs.impact;

/** How McNemar's p-value was found. */
public enum McNemarMethod {
    /** Exact binomial test of the discordant pairs against p = 1/2 (fewer than {@link McNemarTest#EXACT_BELOW} changed answers). */
    EXACT_BINOMIAL,
    /** Chi-square with one degree of freedom and Edwards' continuity correction. */
    CHI_SQUARE_CORRECTED;

    public String messageKey() {
        return "programs.impact.mcNemarMethod." + name();
    }
}
