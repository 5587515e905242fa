package kz.tendik.cases.incident;

/** Where the incident happened (the GBVIMS location types, adapted to domestic violence in Kazakhstan). */
public enum LocationType {
    SHARED_HOME,
    SURVIVOR_HOME,
    PERPETRATOR_HOME,
    RELATIVES_HOME,
    WORKPLACE,
    SCHOOL_OR_COLLEGE,
    STREET_OR_ROAD,
    PUBLIC_PLACE,
    PUBLIC_TRANSPORT_OR_VEHICLE,
    OPEN_COUNTRY,
    ONLINE,
    OTHER,
    UNKNOWN;

    public String messageKey() {
        return "cases.locationType." + name();
    }
}
