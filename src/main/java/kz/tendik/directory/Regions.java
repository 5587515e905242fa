package kz.tendik.directory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The administrative units of Kazakhstan (read-only: seeded by migration). */
public interface Regions {

    /** All 20 units, ordered by code. */
    List<Region> all();

    Optional<Region> find(String code);

    default boolean exists(String code) {
        return code != null && find(code).isPresent();
    }

    /** The unit's name in the locale's language, or the code itself when the code is unknown. */
    default String name(String code, Locale locale) {
        return find(code).map(region -> region.name(locale)).orElse(code);
    }
}
