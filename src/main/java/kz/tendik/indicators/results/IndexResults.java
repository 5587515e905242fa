package kz.tendik.indicators.results;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;

import kz.tendik.indicators.IndicatorValuesImported;
import kz.tendik.indicators.results.CurrentValues.Revision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import kz.tendik.portal.PublicContentChanged;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.core.util.JsonRecyclerPools;
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
    /** Each computing thread keeps its own buffers rather than taking them from a pool shared by all. */
    private static final JsonMapper JSON = JsonMapper.builder(
            JsonFactory.builder().recyclerPool(JsonRecyclerPools.threadLocalPool()).build()).build();
    /**
     * Computes the indices of a recomputation, one task each: as many threads as cores, since the recomputing thread
     * itself is busy writing meanwhile (daemon threads, started when first needed).
     */
    private static final ForkJoinPool COMPUTING = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    private static final TypeReference<Map<String, Object>> COMPONENTS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, IndexResult.Input>> INPUTS = new TypeReference<>() {
    };
    /**
     * The stored inputs are only revision ids (input name → {@code indicator_value.id}); revisions are never changed,
     * so reading them back by id gives exactly the values used.
     */
    private static final String COLUMNS = """
            r.index_code, r.geography, r.year, r.value, r.components::text AS components,
            (SELECT coalesce(jsonb_object_agg(i.key, jsonb_build_object('indicator', v.indicator_code, 'sex', v.sex,
                    'period', v.period, 'value', v.value, 'valueId', v.id, 'importId', v.import_id)), '{}')
             FROM json_each_text(r.inputs) i JOIN indicator_value v ON v.id = i.value::bigint)::text AS inputs,
            r.method_version, r.computable, r.missing, r.out_of_range, r.computed_at
            """;

    /** Joins the names in {@code missing} and {@code out_of_range} on their way to the database (never in a name). */
    private static final String LIST_SEPARATOR = "\u001F";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final ApplicationEventPublisher events;
    private final ResultStore store;

    public IndexResults(JdbcClient jdbc, JdbcTemplate template, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.template = template;
        this.events = events;
        this.store = new ResultStore(template);
    }

    /** Every stored year of an index for a geography, oldest first. */
    public List<IndexResult> series(String indexCode, String geography) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM indicator_index_result r WHERE index_code = ? AND geography = ? ORDER BY year")
                .params(indexCode, geography).query(IndexResults::map).list();
    }

    /** Every geography's result of an index for a year, by geography code. */
    public List<IndexResult> forYear(String indexCode, int year) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM indicator_index_result r WHERE index_code = ? AND year = ? ORDER BY geography")
                .params(indexCode, year).query(IndexResults::map).list();
    }

    public Optional<IndexResult> find(String indexCode, String geography, int year) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM indicator_index_result r WHERE index_code = ? AND geography = ? AND year = ?")
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

    /** The catalogue codes an index reads (its inputs and its published figure); empty for an unknown index. */
    public static Set<String> indicators(String indexCode) {
        for (IndexDefinition definition : IndexDefinition.values()) {
            if (definition.name().equals(indexCode)) {
                return new TreeSet<>(definition.indicators());
            }
        }
        return Set.of();
    }

    /** Every result, computed from the current values but not stored (for measuring the engine alone). */
    List<Row> computeAll() {
        return computeEach(EnumSet.allOf(IndexDefinition.class), CurrentValues.read(template, allIndicators(), null));
    }

    /** The indices are independent of each other, so they are computed side by side, in a stable order. */
    private static List<Row> computeEach(Set<IndexDefinition> definitions, CurrentValues values) {
        return definitions.parallelStream().flatMap(definition -> compute(definition, values).stream()).toList();
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
        // one recomputation at a time, so that the stored results read below are still all there are when writing
        jdbc.sql(ResultStore.LOCK).query(Object.class).single();
        Set<String> codes = new TreeSet<>();
        definitions.forEach(d -> codes.addAll(d.indicators()));
        CurrentValues values = CurrentValues.read(template, codes, geographies);
        Map<String, byte[]> stored = store.storedHashes(definitions.stream().map(Enum::name).toList(), geographies);
        long loaded = System.nanoTime();
        // the indices are computed and compared with what is stored side by side, while this thread sends the new
        // results of those done to the database, which stores them meanwhile
        Iterator<ResultStore.Batch> computed = definitions.stream()
                .map(definition -> CompletableFuture.supplyAsync(
                        () -> ResultStore.compare(compute(definition, values), stored), COMPUTING))
                .toList().stream().map(CompletableFuture::join).iterator();
        ResultStore.Written written = store.write(computed);
        int changed = written.stored();
        long end = System.nanoTime();
        log.info("Index results recomputed: {} indices, {} results, {} new and {} changed in {} ms (read {} ms,"
                        + " compute and store {} ms; {} ms of this thread's CPU time)", definitions.size(),
                written.results(), written.fresh(), written.changed(), (end - start) / 1_000_000,
                (loaded - start) / 1_000_000, (end - loaded) / 1_000_000,
                (CPU.getCurrentThreadCpuTime() - cpuStart) / 1_000_000);
        if (changed > 0) {
            events.publishEvent(new IndexResultsChanged(changed));
            // the published figures on the portal are drawn from these results
            events.publishEvent(new PublicContentChanged("index_results"));
        }
        return changed;
    }

    /** A result ready to store: its maps as JSON, its lists joined by {@link #LIST_SEPARATOR}. */
    record Row(String code, String geo, int year, Double value, String components, String inputs, String method,
               String missing, String outOfRange) {

        String key() {
            return code + '|' + geo + '|' + year;
        }

        String[] missingNames() {
            return elements(missing);
        }

        String[] outOfRangeReasons() {
            return elements(outOfRange);
        }

        static String[] elements(String joined) {
            return joined.isEmpty() ? new String[0] : joined.split(LIST_SEPARATOR, -1);
        }

        /** SHA-256 of everything stored but the key, so that an unchanged result is not written again. */
        byte[] hash() {
            MessageDigest digest;
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java platform has SHA-256", e);
            }
            for (String part : new String[]{String.valueOf(value), components, inputs, method, missing, outOfRange}) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return digest.digest();
        }
    }

    /** Computes one index for every geography and year that has any of its stored values. */
    static List<Row> compute(IndexDefinition definition, CurrentValues values) {
        List<Row> rows = new ArrayList<>();
        // where the inputs are in each geography-year's values, found once rather than for every geography and year
        String[] names = definition.inputs().keySet().toArray(String[]::new);
        int[] slots = definition.inputs().values().stream()
                .mapToInt(source -> values.slot(source.indicator(), source.sex())).toArray();
        int publishedSlot = definition.published() == null ? -1
                : values.slot(definition.published().indicator(), definition.published().sex());
        values.forEach((geo, year, stored) -> {
            Revision published = publishedSlot < 0 ? null : stored[publishedSlot];
            Map<String, Long> used = null;
            Map<String, Double> numbers = null;
            for (int i = 0; i < slots.length; i++) {
                Revision value = slots[i] < 0 ? null : stored[slots[i]];
                if (value != null) {
                    if (used == null) {
                        used = new LinkedHashMap<>();
                        numbers = new HashMap<>();
                    }
                    used.put(names[i], value.id());
                    numbers.put(names[i], value.number());
                }
            }
            // most geographies and years have none of an index's inputs: nothing is made for them
            if (used == null && published == null) {
                return;
            }
            IndexDefinition.Computation computation = definition.compute(numbers == null ? Map.of() : numbers);
            Map<String, Object> components = new LinkedHashMap<>(computation.components());
            if (published != null) {
                components.put("published", published.exact());
                components.put("published_value_id", published.id());
            }
            rows.add(new Row(definition.name(), geo, year, computation.value(), JSON.writeValueAsString(components),
                    JSON.writeValueAsString(used == null ? Map.of() : used), definition.method().toString(),
                    String.join(LIST_SEPARATOR, computation.missing()),
                    String.join(LIST_SEPARATOR, computation.outOfRange())));
        });
        return rows;
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
