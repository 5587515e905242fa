package kz.tendik.identity;

import java.io.Serializable;
import java.util.Objects;

/**
 * A place in the organisation: the whole country, one region (ISO 3166-2:KZ code) or one centre within a
 * region. Users are scoped to an org unit; every resource that holds personal data belongs to one.
 */
public record OrgUnit(Level level, String regionCode, Long centreId) implements Serializable {

    public enum Level { NATIONAL, REGION, CENTRE }

    public static final OrgUnit NATIONAL = new OrgUnit(Level.NATIONAL, null, null);

    public OrgUnit {
        Objects.requireNonNull(level, "level");
        switch (level) {
            case NATIONAL -> {
                if (regionCode != null || centreId != null) {
                    throw new IllegalArgumentException("a national unit has no region or centre");
                }
            }
            case REGION -> {
                if (regionCode == null || centreId != null) {
                    throw new IllegalArgumentException("a regional unit has a region and no centre");
                }
            }
            case CENTRE -> {
                if (regionCode == null || centreId == null) {
                    throw new IllegalArgumentException("a centre unit has a region and a centre");
                }
            }
        }
    }

    public static OrgUnit region(String regionCode) {
        return new OrgUnit(Level.REGION, regionCode, null);
    }

    public static OrgUnit centre(String regionCode, long centreId) {
        return new OrgUnit(Level.CENTRE, regionCode, centreId);
    }

    /** Whether {@code other} lies within this unit: the nation holds all, a region its centres, a centre itself. */
    public boolean contains(OrgUnit other) {
        return switch (level) {
            case NATIONAL -> true;
            case REGION -> regionCode.equals(other.regionCode);
            case CENTRE -> other.level == Level.CENTRE && centreId.equals(other.centreId);
        };
    }
}
