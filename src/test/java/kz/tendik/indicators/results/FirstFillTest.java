package kz.tendik.indicators.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import kz.tendik.indicators.store.IndicatorImports;
import kz.tendik.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Results written by COPY into an empty table (a first fill) are exactly those the upsert writes over stored rows:
 * every column but {@code computed_at}, for every index, geography and year of the bundled data, including results
 * that are not computable and out-of-range reasons. Everything here is rolled back.
 */
@IntegrationTest
@Transactional
class FirstFillTest {

    /** Every stored column but the time of writing, as text, in key order. */
    private static final String STORED = """
            SELECT index_code, geography, year, value, components::text, inputs::text, method_version, computable,
                   missing::text, out_of_range::text, encode(content_hash, 'hex')
            FROM indicator_index_result ORDER BY index_code, geography, year
            """;

    @Autowired
    IndexResults results;
    @Autowired
    IndicatorImports imports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcTemplate template;

    private List<List<Object>> stored() {
        return jdbc.sql(STORED).query((rs, n) -> {
            Object[] row = new Object[11];
            for (int c = 0; c < row.length; c++) {
                row[c] = rs.getObject(c + 1);
            }
            return Arrays.asList(row);
        }).list();
    }

    @Test
    void aFirstFillByCopyStoresExactlyWhatTheUpsertStores() {
        // an input outside the method's domain, so that a reason list is among the rows
        imports.importFile("out-of-range.csv", "indicator,geo,period,sex,value,source,note\nabr,KAZ,2021,T,0,Test,\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), null);

        jdbc.sql("DELETE FROM indicator_index_result").update();
        results.recomputeAll();
        List<List<Object>> copied = stored();

        // the same results again, now each over a stored row without a hash: all of them go through the upsert
        jdbc.sql("UPDATE indicator_index_result SET content_hash = NULL").update();
        results.recomputeAll();
        List<List<Object>> upserted = stored();

        assertThat(copied).hasSizeGreaterThan(35_000).isEqualTo(upserted);
        assertThat(copied).anySatisfy(row -> assertThat(row.get(3)).isNull());
        assertThat(copied).anySatisfy(row -> assertThat(row.get(9).toString()).startsWith("{\"abr ("));
        assertThat(jdbc.sql("SELECT count(*) FROM indicator_index_result WHERE content_hash IS NULL").query(Long.class)
                .single()).isZero();
        // and a recomputation over them finds nothing to write
        assertThat(results.recompute(IndexResults.allIndicators(), null)).isZero();
    }

    /** The value is the engine's double exactly (it travels as text through COPY): the stored-vs-engine check. */
    @Test
    void afterAFirstFillEveryStoredValueIsTheEnginesOwnForItsStoredInputs() {
        jdbc.sql("DELETE FROM indicator_index_result").update();
        results.recomputeAll();
        for (String code : List.of("GII", "GDI", "HDI_F", "HDI_M", "GGGI", "GGGI_POLITICAL", "PAY_GAP_MEAN")) {
            for (String geography : List.of("KAZ", "NOR", "UZB", "ZZK.WORLD")) {
                for (IndexResult result : results.series(code, geography)) {
                    Map<String, Double> inputs = new java.util.HashMap<>();
                    result.inputs().forEach((name, input) -> inputs.put(name, Double.parseDouble(input.value().toPlainString())));
                    assertThat(result.value()).as(code + " " + geography + " " + result.year())
                            .isEqualTo(IndexDefinition.valueOf(code).compute(inputs).value());
                }
            }
        }
    }

    /** Text that CSV and array literals must escape arrives as it was sent. */
    @Test
    void namesAndComponentsWithQuotesCommasBracesAndBackslashesArriveUnchanged() {
        ResultStore store = new ResultStore(template);
        String missing = String.join("\u001F", "plain", "with \"quotes\", a comma", "{braces}", "back\\slash", "Әйелдер");
        IndexResults.Row row = new IndexResults.Row("TEST_ESCAPES", "KAZ", 2001, null,
                "{\"note\":\"a \\\"quoted\\\", text\",\"мән\":1.5}", "{}", "test@1", missing, "line\nbreak");
        jdbc.sql("DELETE FROM indicator_index_result WHERE index_code = 'TEST_ESCAPES'").update();
        ResultStore.Written written = store.write(List.of(ResultStore.compare(List.of(row), Map.of())).iterator());
        assertThat(written.fresh()).isEqualTo(1);

        Object[] back = jdbc.sql("""
                SELECT missing, out_of_range, components->>'note', components->>'мән', value, content_hash
                FROM indicator_index_result WHERE index_code = 'TEST_ESCAPES'
                """).query((rs, n) -> new Object[] {rs.getArray(1).getArray(), rs.getArray(2).getArray(), rs.getString(3),
                rs.getString(4), rs.getObject(5), rs.getBytes(6)}).single();
        assertThat((String[]) back[0]).containsExactly("plain", "with \"quotes\", a comma", "{braces}", "back\\slash",
                "Әйелдер");
        assertThat((String[]) back[1]).containsExactly("line\nbreak");
        assertThat(back[2]).isEqualTo("a \"quoted\", text");
        assertThat(back[3]).isEqualTo("1.5");
        assertThat(back[4]).isNull();
        assertThat(HexFormat.of().formatHex((byte[]) back[5])).isEqualTo(HexFormat.of().formatHex(row.hash()));
    }
}
