package kz.tendik.directory;

import java.util.Locale;
import java.util.Set;

/**
 * A family support centre. {@code openingHours} is in the OpenStreetMap opening_hours syntax
 * ({@code Mo-Fr 09:00-18:00}); an inactive centre no longer takes new families but is still found by id.
 */
public record Centre(long id, String regionCode, String nameKk, String nameRu, String nameEn, String locality,
                     String address, String phone, String openingHours, Set<CentreService> services,
                     int shelterPlaces, boolean active) {

    public Centre {
        services = Set.copyOf(services);
    }

    public Names names() {
        return new Names(nameKk, nameRu, nameEn);
    }

    public String name(Locale locale) {
        return names().in(locale);
    }

    public boolean offers(CentreService service) {
        return services.contains(service);
    }
}
