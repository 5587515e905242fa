package kz.tendik.programs.impact;

/** Why a figure cannot be computed from the data at hand; each has a message for the screens. */
public enum NotComputableReason {
    /** Nobody answered both the survey before and the survey after. */
    NO_PAIRS,
    /** Fewer than two pairs: no variance, no confidence interval, no t-test, no effect size. */
    TOO_FEW_PAIRS,
    /** Every paired difference is the same: the standard deviation is zero. */
    NO_VARIATION,
    /** Every paired difference is zero: the signed-rank test has nothing to rank. */
    ALL_DIFFERENCES_ZERO,
    /** Nobody changed the answer: McNemar's test has no discordant pairs. */
    NO_CHANGED_ANSWERS,
    /** Everyone was already in the most equitable band before: nobody could move up. */
    ALL_IN_HIGHEST_BAND,
    /** Nobody is enrolled: no rates. */
    NO_ENROLMENT;

    public String messageKey() {
        return "programs.impact.notComputable." + name();
    }
}
