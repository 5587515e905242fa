package kz.tendik.indicators.dashboards;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The current stored values the dashboards read (yearly series, countries, regional values). */
@Repository
class DashboardQueries {

    /** A regional value: the region's ISO 3166-2:KZ code, the sex and the value. */
    public record RegionalValue(String geo, String sex, double value) {
    }

    /** An indicator with regional values in a period. */
    public record RegionalPeriod(String indicator, String period) {
    }

    private final JdbcClient jdbc;

    DashboardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Yearly current values of an indicator for each of the geographies: geography → year → value. */
    Map<String, Map<Integer, Double>> yearly(String code, String sex, Collection<String> geos) {
        Map<String, Map<Integer, Double>> series = new HashMap<>();
        geos.forEach(g -> series.put(g, new TreeMap<>()));
        jdbc.sql("""
                SELECT geo, period, value FROM indicator_value_current
                WHERE indicator_code = :code AND sex = :sex AND geo = ANY(:geos) AND period ~ '^[0-9]{4}$'
                """).param("code", code).param("sex", sex).param("geos", geos.toArray(String[]::new))
                .query((rs, n) -> {
                    series.get(rs.getString(1)).put(Integer.parseInt(rs.getString(2)), rs.getDouble(3));
                    return null;
                }).list();
        return series;
    }

    Map<Integer, Double> yearly(String code, String sex, String geo) {
        return yearly(code, sex, List.of(geo)).get(geo);
    }

    /** The countries (ISO alpha-3) that have any value. */
    List<String> countries() {
        return jdbc.sql("""
                SELECT DISTINCT geo FROM indicator_value WHERE geo ~ '^[A-Z]{3}$' ORDER BY geo
                """).query(String.class).list();
    }

    /** The indicators and yearly, quarterly or monthly periods that have values for Kazakhstan's regions, newest first. */
    List<RegionalPeriod> regionalPeriods() {
        return jdbc.sql("""
                SELECT indicator_code AS indicator, period FROM indicator_value_current
                WHERE geo LIKE 'KZ-%'
                GROUP BY indicator_code, period
                ORDER BY indicator_code, max(period_start) DESC
                """).query(RegionalPeriod.class).list();
    }

    List<RegionalValue> regional(String code, String period) {
        return jdbc.sql("""
                SELECT geo, sex, value FROM indicator_value_current
                WHERE indicator_code = :code AND period = :period AND geo LIKE 'KZ-%'
                ORDER BY geo, sex
                """).param("code", code).param("period", period).query(RegionalValue.class).list();
    }
}
