package kz.tendik.directory.region;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import kz.tendik.directory.Region;
import kz.tendik.directory.Regions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code region} table (seeded by migration, never changed by the application). */
@Repository
class RegionRepository implements Regions {

    private static final String COLUMNS = "code, kind, name_kk, name_ru, name_en, admin_centre_en";

    private final JdbcClient jdbc;

    RegionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Region> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM region ORDER BY code").query(RegionRepository::map).list();
    }

    @Override
    public Optional<Region> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM region WHERE code = ?").param(code)
                .query(RegionRepository::map).optional();
    }

    /** How many active centres and providers each region has, by region code. */
    Map<String, long[]> activeCounts() {
        Map<String, long[]> counts = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT r.code,
                       (SELECT count(*) FROM centre c WHERE c.region_code = r.code AND c.active),
                       (SELECT count(*) FROM service_provider p WHERE p.region_code = r.code AND p.active)
                FROM region r""")
                .query((ResultSet rs) -> {
                    counts.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                });
        return counts;
    }

    private static Region map(ResultSet rs, int row) throws SQLException {
        return new Region(rs.getString("code"), Region.Kind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
                rs.getString("name_kk"), rs.getString("name_ru"), rs.getString("name_en"),
                rs.getString("admin_centre_en"));
    }
}
