package kz.tendik.directory.centre;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import kz.tendik.directory.Centre;
import kz.tendik.directory.CentreService;
import kz.tendik.directory.Centres;
import kz.tendik.directory.support.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code centre} table. */
@Repository
public class CentreRepository implements Centres {

    private static final String COLUMNS = "id, region_code, name_kk, name_ru, name_en, locality, address, phone, "
            + "opening_hours, services, shelter_places, active, latitude, longitude, languages";

    private final JdbcClient jdbc;

    CentreRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Centre> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM centre WHERE id = ?").param(id).query(CentreRepository::map).optional();
    }

    @Override
    public List<Centre> activeInRegion(String regionCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM centre WHERE active AND region_code = ? ORDER BY name_ru, id")
                .param(regionCode).query(CentreRepository::map).list();
    }

    @Override
    public List<Centre> allActive() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM centre WHERE active ORDER BY region_code, name_ru, id")
                .query(CentreRepository::map).list();
    }

    /** Centres of one region ({@code null}: all), active or not ({@code null}: both), by region and name. */
    public List<Centre> list(String regionCode, Boolean active) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM centre WHERE (CAST(:region AS TEXT) IS NULL OR region_code = :region) "
                        + "AND (CAST(:active AS BOOLEAN) IS NULL OR active = :active) ORDER BY region_code, name_ru, id")
                .param("region", regionCode).param("active", active).query(CentreRepository::map).list();
    }

    /** One page of the centres of a region ({@code null}: all), ordered by region and by name in the language. */
    public Page<Centre> page(String regionCode, Locale locale, int number) {
        String where = " WHERE (CAST(:region AS TEXT) IS NULL OR region_code = :region)";
        long total = jdbc.sql("SELECT count(*) FROM centre" + where).param("region", regionCode).query(Long.class).single();
        List<Centre> items = jdbc.sql("SELECT " + COLUMNS + " FROM centre" + where + " ORDER BY region_code, lower("
                        + nameColumn(locale) + "), id LIMIT :size OFFSET :offset")
                .param("region", regionCode).param("size", Page.SIZE).param("offset", (long) number * Page.SIZE)
                .query(CentreRepository::map).list();
        return new Page<>(items, number, Page.SIZE, total);
    }

    long insert(CentreDraft d) {
        return jdbc.sql("""
                INSERT INTO centre (region_code, name_kk, name_ru, name_en, locality, address, phone, opening_hours,
                                    services, shelter_places, active)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::TEXT[], ?, ?) RETURNING id""")
                .params(d.regionCode(), d.nameKk(), d.nameRu(), d.nameEn(), d.locality(), d.address(), d.phone(),
                        d.openingHours(), codes(d.services()), d.shelterPlaces(), d.active())
                .query(Long.class).single();
    }

    boolean update(long id, CentreDraft d) {
        return jdbc.sql("""
                UPDATE centre SET region_code = ?, name_kk = ?, name_ru = ?, name_en = ?, locality = ?, address = ?,
                       phone = ?, opening_hours = ?, services = ?::TEXT[], shelter_places = ?, active = ?, updated_at = now()
                WHERE id = ?""")
                .params(d.regionCode(), d.nameKk(), d.nameRu(), d.nameEn(), d.locality(), d.address(), d.phone(),
                        d.openingHours(), codes(d.services()), d.shelterPlaces(), d.active(), id)
                .update() == 1;
    }

    boolean setActive(long id, boolean active) {
        return jdbc.sql("UPDATE centre SET active = ?, updated_at = now() WHERE id = ?").params(active, id).update() == 1;
    }

    static String nameColumn(Locale locale) {
        return switch (locale == null ? "ru" : locale.getLanguage()) {
            case "kk" -> "name_kk";
            case "en" -> "name_en";
            default -> "name_ru";
        };
    }

    /** A PostgreSQL array literal of the service codes (enum names need no quoting). */
    private static String codes(Set<CentreService> services) {
        return "{" + String.join(",", services.stream().map(Enum::name).sorted().toList()) + "}";
    }

    private static Centre map(ResultSet rs, int row) throws SQLException {
        Set<CentreService> services = EnumSet.noneOf(CentreService.class);
        Array array = rs.getArray("services");
        for (Object code : (Object[]) array.getArray()) {
            services.add(CentreService.valueOf((String) code));
        }
        Set<String> languages = new java.util.LinkedHashSet<>();
        for (Object code : (Object[]) rs.getArray("languages").getArray()) {
            languages.add((String) code);
        }
        return new Centre(rs.getLong("id"), rs.getString("region_code"), rs.getString("name_kk"), rs.getString("name_ru"),
                rs.getString("name_en"), rs.getString("locality"), rs.getString("address"), rs.getString("phone"),
                rs.getString("opening_hours"), services, rs.getInt("shelter_places"), rs.getBoolean("active"),
                rs.getObject("latitude", Double.class), rs.getObject("longitude", Double.class), languages);
    }
}
