package kz.tendik.cases.casefile;

/**
 * The family's category by need on the national Digital Family Map, from A (well-off) to E (dire). D (crisis) and
 * E (dire) call for the akimat's mobile group and a restart of the individual help plan.
 */
public enum FamilyCategory {
    A, B, C, D, E;

    /** Crisis or dire: the akimat's mobile group (education, health, police, social protection) takes part. */
    public boolean needsMobileGroup() {
        return this == D || this == E;
    }

    /**
     * Whether moving from {@code previous} (or from no category) to this one restarts the help plan with the
     * mobile group: the family enters D or E, or falls from D to E.
     */
    public boolean restartsHelpPlanFrom(FamilyCategory previous) {
        return needsMobileGroup() && (previous == null || compareTo(previous) > 0);
    }

    public String messageKey() {
        return "cases.familyCategory." + name();
    }
}
