package kz.tendik.indicators.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The index results stored after the reference data sets load on start. */
@IntegrationTest
@Transactional
class IndexResultsTest {

    @Autowired
    IndexResults results;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;

    private static BigDecimal three(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP);
    }

    @Test
    void everyStoredResultHasAnIndexCodeAndAGeographyOfTheStoresPatterns() {
        // the results table no longer checks the patterns itself (V20261202_0619): what the engine writes must
        for (IndexDefinition definition : IndexDefinition.values()) {
            assertThat(definition.name()).matches("[A-Z][A-Z0-9_]{1,39}");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM indicator_index_result").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM indicator_index_result
                WHERE index_code !~ '^[A-Z][A-Z0-9_]{1,39}$'
                   OR geography !~ '^([A-Z]{3}|ZZ[A-Z]\\.[A-Z_]{2,20}|KZ-[0-9A-Z]{2,3})$'
                   OR geography NOT IN (SELECT geo FROM indicator_value)
                """).query(Long.class).single()).isZero();
    }

    @Test
    void kazakhstan2022MatchesTheWorkedExampleWithTheRevisionsUsed() {
        IndexResult gii = results.find("GII", "KAZ", 2022).orElseThrow();
        assertThat(gii.computable()).isTrue();
        assertThat(gii.value()).isCloseTo(0.177427, within(5e-7));
        assertThat(gii.methodVersion()).isEqualTo("undp-gii@hdr-2023-24");
        assertThat(gii.inputs()).containsOnlyKeys("mmr", "abr", "se_f", "se_m", "pr_f", "pr_m", "lfpr_f", "lfpr_m");
        assertThat(gii.inputs().get("mmr").value().doubleValue()).isCloseTo(13.38, within(0.005));
        long mmrId = jdbc.sql("SELECT max(id) FROM indicator_value WHERE indicator_code = 'mmr' AND geo = 'KAZ' AND period = '2022'")
                .query(Long.class).single();
        assertThat(gii.inputs().get("mmr").valueId()).isEqualTo(mmrId);
        assertThat(((Number) gii.components().get("harm")).doubleValue()).isCloseTo(0.53796, within(5e-6));
        assertThat(new BigDecimal(gii.components().get("published").toString())).isEqualByComparingTo("0.177");
        assertThat(gii.missing()).isEmpty();

        IndexResult gdi = results.find("GDI", "KAZ", 2022).orElseThrow();
        assertThat(three(gdi.value())).isEqualByComparingTo("0.998");
        assertThat(gdi.components().get("gdi_group")).isEqualTo(1);
        assertThat(results.find("HDI_F", "KAZ", 2022).orElseThrow().value()).isCloseTo(0.799245, within(5e-7));
        assertThat(results.find("HDI_M", "KAZ", 2022).orElseThrow().value()).isCloseTo(0.801206, within(5e-7));
    }

    /** Every stored GII and GDI with a published value equals it at 3 decimals. */
    @Test
    void everyComputedGiiAndGdiEqualsThePublishedValue() {
        for (String code : List.of("GII", "GDI", "HDI_F", "HDI_M")) {
            List<Object[]> compared = jdbc.sql("""
                    SELECT geography, year, value, (components->>'published')::numeric FROM indicator_index_result
                    WHERE index_code = ? AND computable AND components->>'published' IS NOT NULL
                    """).param(code).query((rs, n) -> new Object[] {rs.getString(1), rs.getInt(2), rs.getDouble(3),
                    rs.getBigDecimal(4)}).list();
            assertThat(compared).as(code).hasSizeGreaterThan(1000);
            for (Object[] row : compared) {
                assertThat(three((Double) row[2])).as(code + " " + row[0] + " " + row[1])
                        .isEqualByComparingTo(((BigDecimal) row[3]).setScale(3, RoundingMode.HALF_UP));
            }
        }
    }

    /**
     * The stored value is the engine's own unrounded output for the stored input revisions (not merely near the
     * published figure); the published figure is stored beside it as the source printed it, and the recomputed value
     * reproduces it at the 3 decimals it is published with.
     */
    @ParameterizedTest
    @CsvSource({"GGGI,KAZ,2018,0.712", "GGGI_ECONOMIC,KAZ,2018,0.741", "GGGI_EDUCATION,KAZ,2018,1.000",
            "GGGI_HEALTH,KAZ,2018,0.979", "GGGI_POLITICAL,KAZ,2018,0.130", "GII,NOR,2022,0.012", "GDI,NOR,2022,0.986"})
    void sampleOfCountries(String code, String geo, int year, String published) {
        IndexResult result = results.find(code, geo, year).orElseThrow();
        java.util.Map<String, Double> inputs = new java.util.HashMap<>();
        result.inputs().forEach((name, input) -> inputs.put(name, Double.parseDouble(input.value().toPlainString())));
        IndexDefinition definition = IndexDefinition.valueOf(code);
        Double engine = definition.compute(inputs).value();
        assertThat(result.computable()).isTrue();
        assertThat(result.methodVersion()).isEqualTo(definition.method().toString());
        assertThat(result.value()).isCloseTo(engine, within(1e-12));
        assertThat(new BigDecimal(result.components().get("published").toString())).isEqualByComparingTo(published);
        assertThat(three(result.value())).isEqualByComparingTo(published);
    }

    @Test
    void theMedianPayGapIsComputedFromImportedMedianWagesAndStoredWithItsInputs() throws Exception {
        // test data, not statistics: no median wages are bundled
        String csv = "indicator,geo,period,sex,value,source,note\n"
                + "wage_monthly_median,KAZ,2023,F,200000,Test data,test data: not a real figure\n"
                + "wage_monthly_median,KAZ,2023,M,250000,Test data,test data: not a real figure\n"
                + "wage_monthly_median,KAZ,2022,F,190000,Test data,test data: not a real figure\n";
        String answer = mvc.perform(post("/api/v1/indicators/imports").contentType("text/csv").content(csv)
                        .with(users.as("analyst")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long importId = Long.parseLong(answer.replaceAll(".*\"importId\":(\\d+).*", "$1"));

        IndexResult median = results.find("PAY_GAP_MEDIAN", "KAZ", 2023).orElseThrow();
        assertThat(median.computable()).isTrue();
        assertThat(median.methodVersion()).isEqualTo("pay-gap-unadjusted-median@1");
        double engine = kz.tendik.indicators.PayGap.compute(new kz.tendik.indicators.PayGap.Inputs(
                kz.tendik.indicators.PayGap.Statistic.MEDIAN, 200000.0, 250000.0, "2023", "wage_monthly_median"))
                .orElseThrow().gapPercent();
        assertThat(median.value()).isCloseTo(engine, within(1e-12)).isCloseTo(20.0, within(1e-9));
        assertThat(((Number) median.components().get("women_pct_of_men")).doubleValue()).isCloseTo(80.0, within(1e-9));
        assertThat(median.components()).doesNotContainKey("published");
        assertThat(median.inputs()).containsOnlyKeys("women", "men");
        assertThat(median.inputs().get("women").indicator()).isEqualTo("wage_monthly_median");
        assertThat(median.inputs().get("women").sex()).isEqualTo("F");
        assertThat(median.inputs().get("women").value()).isEqualByComparingTo("200000");
        assertThat(median.inputs().get("men").value()).isEqualByComparingTo("250000");
        assertThat(median.inputs().get("men").importId()).isEqualTo(importId);

        // one sex only: not computable, saying what is missing, never a guess
        IndexResult incomplete = results.find("PAY_GAP_MEDIAN", "KAZ", 2022).orElseThrow();
        assertThat(incomplete.computable()).isFalse();
        assertThat(incomplete.value()).isNull();
        assertThat(incomplete.missing()).containsExactly("men");
        assertThat(incomplete.inputs()).containsOnlyKeys("women");
        // the mean gap is its own index, from the mean series
        assertThat(results.find("PAY_GAP_MEAN", "KAZ", 2023).orElseThrow().inputs().get("women").indicator())
                .isEqualTo("wage_monthly");
        // its input is not a published indicator: the open data API does not serve it
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                "/api/v1/open/indices/PAY_GAP_MEDIAN").param("geography", "KAZ")).andExpect(status().isNotFound());
    }

    @Test
    void withoutTheIndicatorScoresTheGggiIsNotComputableAndSaysWhatIsMissing() {
        IndexResult gggi2010 = results.find("GGGI", "KAZ", 2010).orElseThrow();
        assertThat(gggi2010.computable()).isFalse();
        assertThat(gggi2010.value()).isNull();
        assertThat(gggi2010.missing()).hasSize(14).contains("gggi_wage", "gggi_srb");
        assertThat(gggi2010.components()).containsKey("published");
        assertThat(results.series("GGGI", "KAZ")).extracting(IndexResult::year).contains(2006, 2018);
        assertThat(results.forYear("GII", 2022)).hasSizeGreaterThan(180);
    }

    @Test
    void importingAChangedInputChangesTheResultAndItsInputsPointAtTheNewRevision() throws Exception {
        IndexResult before = results.find("GII", "KAZ", 2022).orElseThrow();
        IndexResult gggiBefore = results.find("GGGI", "KAZ", 2018).orElseThrow();
        String csv = "DATAFLOW,SERIES,REF_AREA,TIME_PERIOD,SEX,OBS_VALUE,UNIT_MEASURE\n"
                + "TENDIK_TEST:DF_SDG_TEST_DATA(1.0),SG_GEN_PARL,KAZ,2022,F,30.5,PT\n"
                + "TENDIK_TEST:DF_SDG_TEST_DATA(1.0),SG_GEN_PARL,KAZ,2022,M,69.5,PT\n";
        String answer = mvc.perform(post("/api/v1/indicators/imports").contentType("text/csv").content(csv)
                        .with(users.as("analyst")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long importId = Long.parseLong(answer.replaceAll(".*\"importId\":(\\d+).*", "$1"));
        IndexResult after = results.find("GII", "KAZ", 2022).orElseThrow();
        assertThat(after.value()).isNotEqualTo(before.value()).isLessThan(before.value());
        assertThat(after.inputs().get("pr_f").value()).isEqualByComparingTo("30.5");
        assertThat(after.inputs().get("pr_f").importId()).isEqualTo(importId);
        assertThat(after.inputs().get("pr_f").valueId()).isGreaterThan(before.inputs().get("pr_f").valueId());
        assertThat(after.inputs().get("mmr")).isEqualTo(before.inputs().get("mmr"));
        // the published figure stays what UNDP published; the recomputed one follows the new input
        assertThat(after.components().get("published")).isEqualTo(before.components().get("published"));
        // other indices and years are left alone
        assertThat(results.find("GGGI", "KAZ", 2018).orElseThrow().computedAt()).isEqualTo(gggiBefore.computedAt());
        assertThat(results.find("GII", "KAZ", 2021).orElseThrow().computedAt())
                .isEqualTo(results.find("GII", "KAZ", 2020).orElseThrow().computedAt());
    }

    @Test
    void recomputingUnchangedValuesChangesNothing() {
        var before = results.find("GII", "KAZ", 2022).orElseThrow().computedAt();
        results.recomputeAll();
        assertThat(jdbc.sql("SELECT count(*) FROM indicator_index_result WHERE computed_at > ?").param(before)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anInputOutsideTheMethodsDomainIsStoredWithItsReasonAndReadBack() throws Exception {
        String csv = "indicator,geo,period,sex,value,source,note\nabr,KAZ,2021,T,0,Test,\n";
        mvc.perform(post("/api/v1/indicators/imports").contentType("text/csv").content(csv)
                .with(users.as("analyst")).with(csrf())).andExpect(status().isOk());
        IndexResult gii = results.find("GII", "KAZ", 2021).orElseThrow();
        assertThat(gii.computable()).isFalse();
        assertThat(gii.value()).isNull();
        assertThat(gii.outOfRange()).singleElement().asString().startsWith("abr (");
        assertThat(gii.missing()).isEmpty();
        assertThat(gii.inputs().get("abr").value()).isEqualByComparingTo("0");
        // stored once more unchanged, it is not written again
        var computedAt = gii.computedAt();
        results.recomputeAll();
        assertThat(results.find("GII", "KAZ", 2021).orElseThrow().computedAt()).isEqualTo(computedAt);
    }
}
