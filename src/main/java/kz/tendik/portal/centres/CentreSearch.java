package kz.tendik.portal.centres;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

import kz.tendik.directory.Centre;

/**
 * Filters the active centres by region, city and need; with a position, orders them by distance from it (centres
 * without coordinates last) and keeps the nearest {@link #NEAREST}; without one, by region and name.
 */
final class CentreSearch {

    static final int NEAREST = 10;

    record Criteria(String region, String city, Need need, Position position) {
        boolean any() {
            return region != null || city != null || need != null || position != null;
        }
    }

    private CentreSearch() {
    }

    static List<FoundCentre> find(List<Centre> active, Criteria criteria, Locale locale) {
        List<FoundCentre> found = active.stream()
                .filter(c -> criteria.region() == null || c.regionCode().equals(criteria.region()))
                .filter(c -> criteria.city() == null || city(c).equalsIgnoreCase(criteria.city()))
                .filter(c -> criteria.need() == null || criteria.need().metBy(c))
                .map(c -> new FoundCentre(c, distance(c, criteria.position())))
                .toList();
        Comparator<FoundCentre> byName = Comparator.comparing((FoundCentre f) -> f.centre().regionCode())
                .thenComparing(f -> f.centre().name(locale).toLowerCase(locale));
        if (criteria.position() == null) {
            return found.stream().sorted(byName).toList();
        }
        return found.stream()
                .sorted(Comparator.comparing(FoundCentre::distanceKm, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(byName))
                .limit(NEAREST).toList();
    }

    /** The city or town of a centre: its locality up to the first comma (the city of Алматы, Алатауский район is Алматы). */
    static String city(Centre centre) {
        String locality = Objects.requireNonNullElse(centre.locality(), "");
        int comma = locality.indexOf(',');
        return (comma < 0 ? locality : locality.substring(0, comma)).trim();
    }

    /** The cities that have an active centre, in the region when one is chosen, sorted. */
    static List<String> cities(List<Centre> active, String region) {
        TreeSet<String> cities = new TreeSet<>();
        active.stream().filter(c -> region == null || c.regionCode().equals(region)).map(CentreSearch::city)
                .filter(city -> !city.isBlank()).forEach(cities::add);
        return List.copyOf(cities);
    }

    private static Long distance(Centre centre, Position position) {
        if (position == null || centre.latitude() == null) {
            return null;
        }
        return Math.round(Distance.kilometres(position.latitude(), position.longitude(), centre.latitude(),
                centre.longitude()));
    }
}
