package kz.tendik.indicators.reference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import kz.tendik.indicators.GlobalGenderGapIndex;
import kz.tendik.indicators.GlobalGenderGapIndex.Indicator;
import kz.tendik.indicators.GlobalGenderGapIndex.SubIndex;
import kz.tendik.indicators.csv.CsvTable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The WEF sub-indices and overall index of 2018 recomputed from the 14 published indicator scores of every country
 * (World Bank TCdata360 copy), and the 2024 overall scores checked against the mean of their sub-indices.
 */
class GlobalGenderGapReproductionTest {

    private static final String TCDATA360 = "/indicators/reference/wef_gggi_tcdata360_2006_2018.csv";
    private static final String SCORES_2024 = "/indicators/reference/wef_gggi_2024_scores.csv";

    /** TCdata360 indicator ids of the 14 indicator scores (2018: truncated ratios; wage equality normalised). */
    private static final Map<String, Indicator> INDICATOR_IDS = Map.ofEntries(
            Map.entry("41779", Indicator.LABOUR_FORCE_PARTICIPATION),
            Map.entry("28166", Indicator.WAGE_EQUALITY),
            Map.entry("41780", Indicator.ESTIMATED_EARNED_INCOME),
            Map.entry("41781", Indicator.LEGISLATORS_SENIOR_OFFICIALS_MANAGERS),
            Map.entry("41782", Indicator.PROFESSIONAL_TECHNICAL_WORKERS),
            Map.entry("41783", Indicator.LITERACY_RATE),
            Map.entry("41784", Indicator.PRIMARY_ENROLMENT),
            Map.entry("41785", Indicator.SECONDARY_ENROLMENT),
            Map.entry("41786", Indicator.TERTIARY_ENROLMENT),
            Map.entry("41787", Indicator.SEX_RATIO_AT_BIRTH),
            Map.entry("41788", Indicator.HEALTHY_LIFE_EXPECTANCY),
            Map.entry("41789", Indicator.WOMEN_IN_PARLIAMENT),
            Map.entry("41790", Indicator.WOMEN_MINISTERS),
            Map.entry("41791", Indicator.YEARS_WITH_FEMALE_HEAD_OF_STATE));
    private static final Map<String, SubIndex> SUB_INDEX_IDS = Map.of(
            "28159", SubIndex.ECONOMIC_PARTICIPATION_AND_OPPORTUNITY,
            "28161", SubIndex.EDUCATIONAL_ATTAINMENT,
            "28163", SubIndex.HEALTH_AND_SURVIVAL,
            "27961", SubIndex.POLITICAL_EMPOWERMENT);
    private static final String OVERALL_ID = "27959";

    /** Rows of the 2024 transcription whose overall score is not the mean of its sub-indices (see SOURCES.md). */
    static final List<String> INCONSISTENT_2024_ROWS = List.of("Saudi Arabia", "Singapore", "Slovakia", "Slovenia", "Spain");

    private record Published2018(Map<Indicator, Double> indicators, Map<SubIndex, Double> subIndices, Double overall) {
    }

    @Test
    void everySubIndexOf2018IsReproducedFromTheIndicatorScoresWithin0001() {
        Map<String, Published2018> countries = published2018();
        List<String> mismatches = new ArrayList<>();
        int subIndicesChecked = 0;
        int overallChecked = 0;
        int rescaled = 0;
        for (Map.Entry<String, Published2018> country : countries.entrySet()) {
            Published2018 published = country.getValue();
            if (published.indicators().isEmpty()) {
                continue;
            }
            GlobalGenderGapIndex.Inputs inputs = new GlobalGenderGapIndex.Inputs(published.indicators());
            for (Map.Entry<SubIndex, Double> subIndex : published.subIndices().entrySet()) {
                double computed = GlobalGenderGapIndex.subIndex(subIndex.getKey(), inputs).orElseThrow();
                subIndicesChecked++;
                if (Math.abs(computed - subIndex.getValue()) > 0.001) {
                    mismatches.add(country.getKey() + " " + subIndex.getKey() + ": " + computed + " vs " + subIndex.getValue());
                }
            }
            GlobalGenderGapIndex.Result result = GlobalGenderGapIndex.compute(inputs).orElseThrow();
            if (!result.missing().isEmpty()) {
                rescaled++;
            }
            if (published.overall() != null) {
                overallChecked++;
                if (Math.abs(result.overall() - published.overall()) > 0.001) {
                    mismatches.add(country.getKey() + " overall: " + result.overall() + " vs " + published.overall());
                }
            }
        }
        assertThat(mismatches).isEmpty();
        // 149 countries have the 14 indicator scores for 2018; Eswatini (SWZ) has no published 2018 index
        assertThat(subIndicesChecked).isEqualTo(4 * 148);
        assertThat(overallChecked).isEqualTo(148);
        assertThat(rescaled).as("countries with a missing indicator, re-scaled").isPositive();
    }

    @Test
    void kazakhstan2018IsThePublished0712() {
        Published2018 kazakhstan = published2018().get("KAZ");
        GlobalGenderGapIndex.Result result =
                GlobalGenderGapIndex.compute(new GlobalGenderGapIndex.Inputs(kazakhstan.indicators())).orElseThrow();

        assertThat(result.published()).isEqualByComparingTo("0.712");
        assertThat(result.subIndices().get(SubIndex.ECONOMIC_PARTICIPATION_AND_OPPORTUNITY)).isCloseTo(0.741, within(0.0005));
        assertThat(result.subIndices().get(SubIndex.EDUCATIONAL_ATTAINMENT)).isCloseTo(1.000, within(0.0005));
        assertThat(result.subIndices().get(SubIndex.HEALTH_AND_SURVIVAL)).isCloseTo(0.979, within(0.0005));
        assertThat(result.subIndices().get(SubIndex.POLITICAL_EMPOWERMENT)).isCloseTo(0.130, within(0.0005));
        assertThat(result.missing()).isEmpty();
    }

    @Test
    void theOverallScoresOf2024AreTheMeanOfTheirSubIndicesExceptFiveTranscriptionErrors() {
        CsvTable table = CsvTable.read(getClass().getResourceAsStream(SCORES_2024));
        assertThat(table.rows()).hasSize(146);
        List<String> inconsistent = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            Map<SubIndex, Double> subIndices = new EnumMap<>(SubIndex.class);
            BigDecimal sum = BigDecimal.ZERO;
            for (SubIndex subIndex : SubIndex.values()) {
                String cell = row.cell(2 + subIndex.ordinal());
                subIndices.put(subIndex, Double.parseDouble(cell));
                sum = sum.add(new BigDecimal(cell));
            }
            // published to 3 decimals: the mean of four rounded values is within 0.001 of the rounded overall
            BigDecimal mean = sum.divide(BigDecimal.valueOf(4), 5, RoundingMode.UNNECESSARY);
            if (mean.subtract(new BigDecimal(row.cell(1))).abs().compareTo(new BigDecimal("0.001")) > 0) {
                inconsistent.add(row.cell(0));
            }
            assertThat(GlobalGenderGapIndex.overall(subIndices)).isCloseTo(mean.doubleValue(), within(1e-12));
        }
        assertThat(inconsistent).containsExactlyElementsOf(INCONSISTENT_2024_ROWS);
    }

    @Test
    void kazakhstan2024IsThePublished0710FromItsSubIndices() {
        Map<SubIndex, Double> kazakhstan = new EnumMap<>(Map.of(
                SubIndex.ECONOMIC_PARTICIPATION_AND_OPPORTUNITY, 0.751, SubIndex.EDUCATIONAL_ATTAINMENT, 0.999,
                SubIndex.HEALTH_AND_SURVIVAL, 0.976, SubIndex.POLITICAL_EMPOWERMENT, 0.116));

        assertThat(GlobalGenderGapIndex.overall(kazakhstan)).isCloseTo(0.7105, within(1e-12));
    }

    private Map<String, Published2018> published2018() {
        CsvTable table = CsvTable.read(getClass().getResourceAsStream(TCDATA360));
        int iso3 = table.column("Country ISO3");
        int id = table.column("Indicator Id");
        int type = table.column("Subindicator Type");
        int year2018 = table.column("2018");
        Map<String, Map<Indicator, Double>> indicators = new TreeMap<>();
        Map<String, Map<SubIndex, Double>> subIndices = new TreeMap<>();
        Map<String, Double> overall = new TreeMap<>();
        for (CsvTable.Row row : table.rows()) {
            String country = row.cell(iso3);
            String value = row.cell(year2018);
            indicators.computeIfAbsent(country, c -> new EnumMap<>(Indicator.class));
            subIndices.computeIfAbsent(country, c -> new EnumMap<>(SubIndex.class));
            if (value.isEmpty() || row.cell(type).equals("Rank")) {
                continue;
            }
            String indicatorId = row.cell(id);
            if (INDICATOR_IDS.containsKey(indicatorId)) {
                indicators.get(country).put(INDICATOR_IDS.get(indicatorId), Double.parseDouble(value));
            } else if (SUB_INDEX_IDS.containsKey(indicatorId)) {
                subIndices.get(country).put(SUB_INDEX_IDS.get(indicatorId), Double.parseDouble(value));
            } else if (indicatorId.equals(OVERALL_ID)) {
                overall.put(country, Double.parseDouble(value));
            }
        }
        Map<String, Published2018> published = new TreeMap<>();
        indicators.keySet().forEach(c -> published.put(c, new Published2018(indicators.get(c), subIndices.get(c), overall.get(c))));
        return published;
    }
}
