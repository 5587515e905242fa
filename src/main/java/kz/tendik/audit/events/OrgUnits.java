package kz.tendik.audit.events;

import kz.tendik.identity.OrgUnit;

/** An org unit as an audit object id: {@code NATIONAL}, a region code ({@code KZ-71}) or {@code KZ-71/centre/12}. */
final class OrgUnits {

    private OrgUnits() {
    }

    static String code(OrgUnit unit) {
        if (unit == null) {
            return null;
        }
        return switch (unit.level()) {
            case NATIONAL -> "NATIONAL";
            case REGION -> unit.regionCode();
            case CENTRE -> unit.regionCode() + "/centre/" + unit.centreId();
        };
    }
}
