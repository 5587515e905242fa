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
            + "unit, sex_disaggregated, periodicity, source, sdg_indicator, cedaw_article, topic";
    private final JdbcClient jdbc;

    Catalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Indicator> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM indicator ORDER BY position, code").query(Indicator.class).list();
    }

    public Optional<Indicator> find(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM indicator WHERE code = ?").param(code).query(Indicator.class).optional();
    }

    /** Each code and whether it is sex-disaggregated. */
    Map<String, Boolean> codes() {
        return all().stream().collect(Collectors.toMap(Indicator::code, Indicator::sexDisaggregated));
    }
}
