package kz.tendik.indicators.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The indicator catalogue (seeded by migration). */
@Repository
public class Catalogue {

    private static final String COLUMNS = "code, name_kk, name_ru, name_en, definition_kk, definition_ru, definition_en, "
            + "unit, sex_disaggregated, periodicity, source, sdg_indicator, cedaw_article, topic, published, source_url";
    private final JdbcClient jdbc;

    public Catalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Indicator> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM indicator ORDER BY position, code").query(Indicator.class).list();
    }

    public Optional<Indicator> find(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM indicator WHERE code = ?").param(code).query(Indicator.class).optional();
    }

    /** The published indicators: what the open data API serves. */
    public List<Indicator> published() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM indicator WHERE published ORDER BY position, code")
                .query(Indicator.class).list();
    }

    /** The SDMX series read as catalogue indicators, by series code. */
    Map<String, SdmxFormat.Series> sdmxSeries() {
        return jdbc.sql("SELECT series, indicator_code, unit_measure FROM indicator_sdmx_series")
                .query((rs, n) -> Map.entry(rs.getString(1), new SdmxFormat.Series(rs.getString(2), rs.getString(3))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Each code and whether it is sex-disaggregated. */
    Map<String, Boolean> codes() {
        return all().stream().collect(Collectors.toMap(Indicator::code, Indicator::sexDisaggregated));
    }
}
