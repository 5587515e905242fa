package kz.tendik.cases.incident;

/** The GBVIMS age groups (for perpetrators, and for survivors in the statistics). */
public enum AgeGroup {
    AGE_0_11(0, 11),
    AGE_12_17(12, 17),
    AGE_18_25(18, 25),
    AGE_26_40(26, 40),
    AGE_41_60(41, 60),
    AGE_61_PLUS(61, Integer.MAX_VALUE),
    UNKNOWN(-1, -1);

    private final int from;
    private final int to;

    AgeGroup(int from, int to) {
        this.from = from;
        this.to = to;
    }

    /** The group of {@code age} in full years; {@code null} (not known) gives {@link #UNKNOWN}. */
    public static AgeGroup of(Integer age) {
        if (age == null) {
            return UNKNOWN;
        }
        if (age < 0) {
            throw new IllegalArgumentException("an age is not negative");
        }
        for (AgeGroup group : values()) {
            if (age >= group.from && age <= group.to) {
                return group;
            }
        }
        throw new IllegalStateException("no age group for " + age);
    }

    public boolean isChild() {
        return this == AGE_0_11 || this == AGE_12_17;
    }

    public String messageKey() {
        return "cases.ageGroup." + name();
    }
}
