package kz.tendik.directory;

import java.util.Locale;
import java.util.Set;

/**
 * A family support centre. {@code openingHours} is in the OpenStreetMap opening_hours syntax
 * ({@code Mo-Fr 09:00-18:00}); an inactive centre no longer takes new families but is still found by id.
 * {@code latitude}/{@code longitude} (WGS 84) are both set or both {@code null}; {@code languages} are the ISO 639-1
 * codes of the languages the centre serves families in ({@code kk}, {@code ru}, {@code en}).
 */
public record Centre(long id, String regionCode, String nameKk, String nameRu, String nameEn, String locality,
                     String address, String phone, String openingHours, Set<CentreService> services,
                     int shelterPlaces, boolean active, Double latitude, Double longitude, Set<String> languages) {

    public Centre {
        services = Set.copyOf(services);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("a centre's location needs both latitude and longitude");
        }
    }

    /** A centre without a stored location, serving in Kazakh and Russian. */
    public Centre(long id, String regionCode, String nameKk, String nameRu, String nameEn, String locality,
                  String address, String phone, String openingHours, Set<CentreService> services,
                  int shelterPlaces, boolean active) {
        this(id, regionCode, nameKk, nameRu, nameEn, locality, address, phone, openingHours, services, shelterPlaces,
                active, null, null, Set.of("kk", "ru"));
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
