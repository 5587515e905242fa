package kz.tendik.indicators.store;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Indicator values and their revisions (append-only). */
@Repository
public class ValueStore {

    /**
     * One statement for a whole file: the values arrive as parallel arrays, and only those whose current
     * revision differs (or that have none) become a new row. Equal re-imports add nothing.
     */
    private static final String INSERT_CHANGED = """
            WITH n AS MATERIALIZED (
                SELECT u.code, u.geo, u.period, u.period_start::date AS period_start, u.period_end::date AS period_end,
                       u.sex, u.value::numeric AS value, u.source, u.note
                FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                     AS u(code, geo, period, period_start, period_end, sex, value, source, note)),
            cur AS (
                SELECT DISTINCT ON (v.indicator_code, v.geo, v.period, v.sex)
                       v.indicator_code, v.geo, v.period, v.sex, v.value, v.source, v.note
                FROM indicator_value v
                WHERE v.indicator_code IN (SELECT DISTINCT code FROM n) AND v.geo IN (SELECT DISTINCT geo FROM n)
                ORDER BY v.indicator_code, v.geo, v.period, v.sex, v.id DESC)
            INSERT INTO indicator_value (indicator_code, geo, period, period_start, period_end, sex, value, source, note, import_id)
            SELECT n.code, n.geo, n.period, n.period_start, n.period_end, n.sex, n.value, n.source, n.note, ?
            FROM n LEFT JOIN cur ON cur.indicator_code = n.code AND cur.geo = n.geo AND cur.period = n.period AND cur.sex = n.sex
            WHERE cur.value IS NULL OR cur.value <> n.value OR cur.source <> n.source OR cur.note IS DISTINCT FROM n.note
            """;


    /** A stored revision. */
    public record Revision(long id, String indicator, String geo, String period, LocalDate periodStart, String sex,
                           BigDecimal value, String source, String note, long importId, OffsetDateTime recordedAt,
                           boolean current) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public ValueStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Adds the values that are new or changed; returns how many rows were added. */
    int addChanged(long importId, List<ValueRow> rows) {
        int n = rows.size();
        String[][] columns = new String[9][n];
        for (int i = 0; i < n; i++) {
            ValueRow r = rows.get(i);
            columns[0][i] = r.indicator();
            columns[1][i] = r.geo();
            columns[2][i] = r.period().text();
            columns[3][i] = r.period().start().toString();
            columns[4][i] = r.period().end().toString();
            columns[5][i] = r.sex();
            columns[6][i] = r.value().toPlainString();
            columns[7][i] = r.source();
            columns[8][i] = r.note();
        }
        return template.execute((ConnectionCallback<Integer>) connection -> {
            // one large set-based statement: sorts and hashes in memory; JIT compilation would cost more than it saves
            try (var settings = connection.createStatement()) {
                settings.execute("SET LOCAL jit = off");
                settings.execute("SET LOCAL work_mem = '64MB'");
            }
            try (PreparedStatement statement = connection.prepareStatement(INSERT_CHANGED)) {
                statement.setLong(10, importId);
                for (int c = 0; c < columns.length; c++) {
                    Array array = connection.createArrayOf("text", columns[c]);
                    statement.setArray(c + 1, array);
                }
                return statement.executeUpdate();
            }
        });
    }

    /**
     * The current values of an indicator, optionally for one geography and sex, and periods starting within
     * [from, to] (either may be null).
     */
    public List<Revision> current(String code, String geo, String sex, LocalDate from, LocalDate to, int limit) {
        return jdbc.sql("""
                SELECT id, indicator_code AS indicator, geo, period, period_start, sex, value, source, note, import_id,
                       recorded_at, true AS current
                FROM indicator_value_current
                WHERE indicator_code = :code AND (:geo::text IS NULL OR geo = :geo) AND (:sex::text IS NULL OR sex = :sex)
                  AND (:from::date IS NULL OR period_start >= :from) AND (:to::date IS NULL OR period_start <= :to)
                ORDER BY geo, period_start, sex LIMIT :limit
                """).param("code", code).param("geo", geo).param("sex", sex).param("from", from).param("to", to)
                .param("limit", limit).query(Revision.class).list();
    }

    /** Every revision of the values of an indicator for a geography (and sex), newest first within each value. */
    public List<Revision> history(String code, String geo, String sex, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT id, indicator_code AS indicator, geo, period, period_start, sex, value, source, note, import_id,
                       recorded_at,
                       id = max(id) OVER (PARTITION BY indicator_code, geo, period, sex) AS current
                FROM indicator_value
                WHERE indicator_code = :code AND geo = :geo AND (:sex::text IS NULL OR sex = :sex)
                  AND (:from::date IS NULL OR period_start >= :from) AND (:to::date IS NULL OR period_start <= :to)
                ORDER BY period_start DESC, period, sex, id DESC
                """).param("code", code).param("geo", geo).param("sex", sex).param("from", from).param("to", to)
                .query(Revision.class).list();
    }

    /** The geographies that have values of the indicator, with how many current values each. */
    public List<String> geographies(String code) {
        return jdbc.sql("SELECT DISTINCT geo FROM indicator_value WHERE indicator_code = ? ORDER BY geo").param(code)
                .query(String.class).list();
    }

}
