package kz.tendik.cases.incident;

/** When the incident happened, as GBVIMS asks it. */
public enum TimeOfDay {
    /** Sunrise to noon. */
    MORNING,
    /** Noon to sunset. */
    AFTERNOON,
    /** Sunset to sunrise. */
    EVENING_OR_NIGHT,
    UNKNOWN;

    public String messageKey() {
        return "cases.timeOfDay." + name();
    }
}
