package kz.tendik.portal.centres;

import java.util.function.Predicate;

import kz.tendik.directory.Centre;
import kz.tendik.directory.CentreService;

/** What a visitor looks for in a centre, in her words rather than the directory's service codes. */
public enum Need {
    /** A place to stay now: the centre gives temporary shelter and has places. */
    SHELTER(c -> c.offers(CentreService.TEMPORARY_SHELTER) && c.shelterPlaces() > 0),
    LEGAL_AID(c -> c.offers(CentreService.LEGAL)),
    PSYCHOLOGIST(c -> c.offers(CentreService.PSYCHOLOGICAL)),
    CHILDREN(c -> c.offers(CentreService.CHILD_SUPPORT));

    private final Predicate<Centre> met;

    Need(Predicate<Centre> met) {
        this.met = met;
    }

    boolean metBy(Centre centre) {
        return met.test(centre);
    }

    public String messageKey() {
        return "portal.need." + name();
    }

    /** The need named by a request parameter, or {@code null} for none or an unknown one. */
    static Need parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (Need need : values()) {
            if (need.name().equalsIgnoreCase(value.trim())) {
                return need;
            }
        }
        return null;
    }
}
