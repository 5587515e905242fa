package kz.tendik.identity.admin;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import kz.tendik.identity.OrgUnit;
import kz.tendik.shared.i18n.Languages;
import kz.tendik.shared.web.UserInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The regions and centres a user can be scoped to, read with SQL from the directory's tables (identity must not
 * depend on the directory module's Java types; the tables are the shared contract, guarded by foreign keys).
 */
@Component
public class OrgUnits {

    public record Region(String code, String name) {
    }

    public record Centre(long id, String regionCode, String name) {
    }

    private final JdbcClient jdbc;

    OrgUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Region> regions(Locale locale) {
        return jdbc.sql("SELECT code, name_" + language(locale) + " FROM region ORDER BY name_" + language(locale))
                .query((rs, n) -> new Region(rs.getString(1), rs.getString(2))).list();
    }

    /** Active centres, by region and name. */
    public List<Centre> centres(Locale locale) {
        return jdbc.sql("SELECT id, region_code, name_" + language(locale)
                        + " FROM centre WHERE active ORDER BY region_code, name_" + language(locale))
                .query((rs, n) -> new Centre(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    /** The name of a region or centre unit in the locale's language; empty for the whole country. */
    public Optional<String> name(OrgUnit unit, Locale locale) {
        String column = "name_" + language(locale);
        return switch (unit.level()) {
            case NATIONAL -> Optional.empty();
            case REGION -> jdbc.sql("SELECT " + column + " FROM region WHERE code = ?").param(unit.regionCode())
                    .query(String.class).optional();
            case CENTRE -> jdbc.sql("SELECT " + column + " FROM centre WHERE id = ?").param(unit.centreId())
                    .query(String.class).optional();
        };
    }

    /**
     * The org unit described by a level and (depending on it) a region or a centre; a centre's region is the
     * centre's own. Refuses a missing or unknown region or centre, naming the field.
     */
    public OrgUnit resolve(OrgUnit.Level level, String regionCode, Long centreId) {
        if (level == null) {
            throw new UserInputException("scope", "validation.required");
        }
        return switch (level) {
            case NATIONAL -> OrgUnit.NATIONAL;
            case REGION -> {
                if (regionCode == null || regionCode.isBlank()) {
                    throw new UserInputException("regionCode", "validation.required");
                }
                boolean known = jdbc.sql("SELECT EXISTS (SELECT 1 FROM region WHERE code = ?)").param(regionCode)
                        .query(Boolean.class).single();
                if (!known) {
                    throw new UserInputException("regionCode", "user.region.unknown");
                }
                yield OrgUnit.region(regionCode);
            }
            case CENTRE -> {
                if (centreId == null) {
                    throw new UserInputException("centreId", "validation.required");
                }
                Optional<String> region = jdbc.sql("SELECT region_code FROM centre WHERE id = ?").param(centreId)
                        .query(String.class).optional();
                yield OrgUnit.centre(region.orElseThrow(() -> new UserInputException("centreId", "user.centre.unknown")),
                        centreId);
            }
        };
    }

    private static String language(Locale locale) {
        return Languages.normalise(locale).getLanguage();
    }
}
