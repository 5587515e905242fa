package kz.tendik.indicators.results;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import kz.tendik.indicators.IndicatorValuesImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import kz.tendik.portal.PublicContentChanged;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored index results: every index of {@link #CODES} for every geography and year that has any of its inputs,
 * recomputed from the current stored values (never typed in) with the revisions used and the method version.
 * Recomputation follows every accepted import in the same transaction, so results and values never disagree.
 */
@Service
public class IndexResults {

    /** The index codes stored, in display order. */
    public static final List<String> CODES = Arrays.stream(IndexDefinition.values()).map(Enum::name).toList();

    private static final Logger log = LoggerFactory.getLogger(IndexResults.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    private static final TypeReference<Map<String, Object>> COMPONENTS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, IndexResult.Input>> INPUTS = new TypeReference<>() {
    };
    private static final String COLUMNS = "index_code, geography, year, value, components::text AS components, "
            + "inputs::text AS inputs, method_version, computable, missing, out_of_range, computed_at";

    /** Only rows whose content changed are written, so an unchanged recomputation keeps {@code computed_at}. */
    private static final String UPSERT = """
            INSERT INTO indicator_index_result AS r (index_code, geography, year, value, components, inputs,
                method_version, computable, missing, out_of_range)
            SELECT u.code, u.geo, u.year, u.value, u.components::jsonb, u.inputs::jsonb, u.method, u.value IS NOT NULL,
                   ARRAY(SELECT jsonb_array_elements_text(u.missing::jsonb)),
                   ARRAY(SELECT jsonb_array_elements_text(u.out_of_range::jsonb))
            FROM unnest(?::text[], ?::text[], ?::int[], ?::float8[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                 AS u(code, geo, year, value, components, inputs, method, missing, out_of_range)
            ON CONFLICT (index_code, geography, year) DO UPDATE SET value = EXCLUDED.value,
                components = EXCLUDED.components, inputs = EXCLUDED.inputs, method_version = EXCLUDED.method_version,
                computable = EXCLUDED.computable, missing = EXCLUDED.missing, out_of_range = EXCLUDED.out_of_range,
                computed_at = now()
            WHERE (r.value, r.components, r.inputs, r.method_version, r.missing, r.out_of_range)
                  IS DISTINCT FROM (EXCLUDED.value, EXCLUDED.components, EXCLUDED.inputs, EXCLUDED.method_version,
                                    EXCLUDED.missing, EXCLUDED.out_of_range)
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final ApplicationEventPublisher events;

    public IndexResults(JdbcClient jdbc, JdbcTemplate template, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.template = template;
        this.events = events;
    }

    /** Every stored year of an index for a geography, oldest first. */
    public List<IndexResult> series(String indexCode, String geography) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM indicator_index_result WHERE index_code = ? AND geography = ? ORDER BY year")
                .params(indexCode, geography).query(IndexResults::map).list();
    }

    /** Every geography's result of an index for a year, by geography code. */
    public List<IndexResult> forYear(String indexCode, int year) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM indicator_index_result WHERE index_code = ? AND year = ? ORDER BY geography")
                .params(indexCode, year).query(IndexResults::map).list();
    }

    public Optional<IndexResult> find(String indexCode, String geography, int year) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM indicator_index_result WHERE index_code = ? AND geography = ? AND year = ?")
                .params(indexCode, geography, year).query(IndexResults::map).optional();
    }

    /** The geographies with a stored result (computable or not) of the index. */
    public List<String> geographies(String indexCode) {
        return jdbc.sql("SELECT DISTINCT geography FROM indicator_index_result WHERE index_code = ? ORDER BY geography")
                .param(indexCode).query(String.class).list();
    }

    /** Recomputes every index for every geography and year from the current stored values. */
    @Transactional
    public void recomputeAll() {
        recompute(EnumSet.allOf(IndexDefinition.class), null);
    }

    /**
     * Recomputes the indices that read any of {@code indicators}, for {@code geographies} only ({@code null}: all);
     * returns how many stored results changed.
     */
    @Transactional
    public int recompute(Collection<String> indicators, Collection<String> geographies) {
        Set<IndexDefinition> affected = EnumSet.noneOf(IndexDefinition.class);
        for (IndexDefinition definition : IndexDefinition.values()) {
            if (definition.indicators().stream().anyMatch(indicators::contains)) {
                affected.add(definition);
            }
        }
        return affected.isEmpty() || geographies != null && geographies.isEmpty() ? 0 : recompute(affected, geographies);
    }

    /** The catalogue codes any index reads. */
    public static Set<String> allIndicators() {
        Set<String> codes = new TreeSet<>();
        for (IndexDefinition definition : IndexDefinition.values()) {
            codes.addAll(definition.indicators());
        }
        return codes;
    }

    /** Every result, computed from the current values but not stored (for measuring the engine alone). */
    List<Row> computeAll() {
        Map<String, Map<Integer, Map<String, IndexResult.Input>>> values = load(allIndicators(), null);
        List<Row> rows = new ArrayList<>();
        for (IndexDefinition definition : IndexDefinition.values()) {
            compute(definition, values, rows);
        }
        return rows;
    }

    /** Follows an accepted import, inside its transaction. */
    @EventListener
    void onImport(IndicatorValuesImported imported) {
        if (imported.valuesAdded() > 0) {
            recompute(imported.indicators(), imported.geographies());
        }
    }

    /** A store that had values before results were kept gets them on the next start. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(100)
    @Transactional
    public void computeIfNeverComputed() {
        boolean none = !jdbc.sql("SELECT EXISTS (SELECT 1 FROM indicator_index_result)").query(Boolean.class).single();
        if (none && jdbc.sql("SELECT EXISTS (SELECT 1 FROM indicator_value)").query(Boolean.class).single()) {
            recomputeAll();
        }
    }

    private int recompute(Set<IndexDefinition> definitions, Collection<String> geographies) {
        long start = System.nanoTime();
        long cpuStart = CPU.getCurrentThreadCpuTime();
        Set<String> codes = new TreeSet<>();
        definitions.forEach(d -> codes.addAll(d.indicators()));
        Map<String, Map<Integer, Map<String, IndexResult.Input>>> values = load(codes, geographies);
        long loaded = System.nanoTime();
        List<Row> rows = new ArrayList<>();
        for (IndexDefinition definition : definitions) {
            compute(definition, values, rows);
        }
        long computed = System.nanoTime();
        int changed = store(rows);
        long end = System.nanoTime();
        log.info("Index results recomputed: {} indices, {} results, {} changed in {} ms (read {} ms, compute {} ms,"
                        + " store {} ms; {} ms of this thread's CPU time)", definitions.size(), rows.size(), changed,
                (end - start) / 1_000_000, (loaded - start) / 1_000_000, (computed - loaded) / 1_000_000,
                (end - computed) / 1_000_000, (CPU.getCurrentThreadCpuTime() - cpuStart) / 1_000_000);
        if (changed > 0) {
            events.publishEvent(new IndexResultsChanged(changed));
            // the published figures on the portal are drawn from these results
            events.publishEvent(new PublicContentChanged("index_results"));
        }
        return changed;
    }

    /** A result ready to store, its maps already as JSON. */
    record Row(String code, String geo, int year, Double value, String components, String inputs, String method,
               String missing, String outOfRange) {
    }

    /** Computes one index for every geography and year that has any of its stored values. */
    static void compute(IndexDefinition definition, Map<String, Map<Integer, Map<String, IndexResult.Input>>> values,
                        List<Row> rows) {
        values.forEach((geo, years) -> years.forEach((year, stored) -> {
            Map<String, IndexResult.Input> used = new LinkedHashMap<>();
            Map<String, Double> numbers = new HashMap<>();
            boolean any = false;
            for (Map.Entry<String, IndexDefinition.Source> input : definition.inputs().entrySet()) {
                IndexResult.Input value = stored.get(key(input.getValue().indicator(), input.getValue().sex()));
                if (value != null) {
                    used.put(input.getKey(), value);
                    numbers.put(input.getKey(), value.value().doubleValue());
                    any = true;
                }
            }
            IndexResult.Input published = stored.get(key(definition.published().indicator(), definition.published().sex()));
            if (!any && published == null) {
                return;
            }
            IndexDefinition.Computation computation = definition.compute(numbers);
            Map<String, Object> components = new LinkedHashMap<>(computation.components());
            if (published != null) {
                components.put("published", published.value());
                components.put("published_value_id", published.valueId());
            }
            rows.add(new Row(definition.name(), geo, year, computation.value(), JSON.writeValueAsString(components),
                    JSON.writeValueAsString(used), definition.method().toString(),
                    JSON.writeValueAsString(computation.missing()), JSON.writeValueAsString(computation.outOfRange())));
        }));
    }

    private static String key(String indicator, String sex) {
        return indicator + '|' + sex;
    }

    /** Current annual values of the indicators: geography → year → "code|sex" → revision. */
    private Map<String, Map<Integer, Map<String, IndexResult.Input>>> load(Set<String> codes, Collection<String> geographies) {
        Map<String, Map<Integer, Map<String, IndexResult.Input>>> values = new TreeMap<>();
        String[] geos = geographies == null ? null : geographies.toArray(String[]::new);
        template.execute((ConnectionCallback<Void>) connection -> {
            // every revision, in no order (no sort in the database); the highest id of a value is its current one
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT indicator_code, geo, period, sex, value, id, import_id FROM indicator_value
                    WHERE indicator_code = ANY(?) AND (?::text[] IS NULL OR geo = ANY(?)) AND period ~ '^[0-9]{4}$'
                    """)) {
                Array codeArray = connection.createArrayOf("text", codes.toArray());
                Array geoArray = geos == null ? null : connection.createArrayOf("text", geos);
                statement.setArray(1, codeArray);
                statement.setArray(2, geoArray);
                statement.setArray(3, geoArray);
                statement.setFetchSize(10_000);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        String period = rs.getString(3);
                        IndexResult.Input input = new IndexResult.Input(rs.getString(1), rs.getString(4), period,
                                rs.getBigDecimal(5), rs.getLong(6), rs.getLong(7));
                        values.computeIfAbsent(rs.getString(2), g -> new TreeMap<>())
                                .computeIfAbsent(Integer.parseInt(period), y -> new HashMap<>())
                                .merge(key(input.indicator(), input.sex()), input,
                                        (a, b) -> a.valueId() > b.valueId() ? a : b);
                    }
                }
            }
            return null;
        });
        return values;
    }

    private int store(List<Row> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        int n = rows.size();
        Object[][] columns = {new String[n], new String[n], new Integer[n], new Double[n], new String[n], new String[n],
                new String[n], new String[n], new String[n]};
        for (int i = 0; i < n; i++) {
            Row r = rows.get(i);
            columns[0][i] = r.code();
            columns[1][i] = r.geo();
            columns[2][i] = r.year();
            columns[3][i] = r.value();
            columns[4][i] = r.components();
            columns[5][i] = r.inputs();
            columns[6][i] = r.method();
            columns[7][i] = r.missing();
            columns[8][i] = r.outOfRange();
        }
        String[] types = {"text", "text", "int4", "float8", "text", "text", "text", "text", "text"};
        return template.execute((ConnectionCallback<Integer>) connection -> {
            try (PreparedStatement statement = connection.prepareStatement(UPSERT)) {
                for (int c = 0; c < columns.length; c++) {
                    statement.setArray(c + 1, connection.createArrayOf(types[c], columns[c]));
                }
                return statement.executeUpdate();
            }
        });
    }

    private static IndexResult map(ResultSet rs, int row) throws SQLException {
        double number = rs.getDouble("value");
        Double value = rs.wasNull() ? null : number;
        return new IndexResult(rs.getString("index_code"), rs.getString("geography"), rs.getInt("year"), value, JSON.readValue(rs.getString("components"), COMPONENTS),
                JSON.readValue(rs.getString("inputs"), INPUTS), rs.getString("method_version"),
                rs.getBoolean("computable"), List.of((String[]) rs.getArray("missing").getArray()),
                List.of((String[]) rs.getArray("out_of_range").getArray()),
                rs.getObject("computed_at", java.time.OffsetDateTime.class));
    }

}
