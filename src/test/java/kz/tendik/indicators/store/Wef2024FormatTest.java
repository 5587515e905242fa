package kz.tendik.indicators.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kz.tendik.indicators.csv.CsvTable;
import org.junit.jupiter.api.Test;

class Wef2024FormatTest {

    private static final String HEADER = "country,gggi_score_2024,economic_participation_opportunity_2024,"
            + "educational_attainment_2024,health_survival_2024,political_empowerment_2024\n";

    private static CsvTable table(String csv) {
        return CsvTable.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theScoresOfACountryBecomeFiveValuesUnderItsIso3Code() {
        CsvTable t = table(HEADER + "Kazakhstan,0.71,0.751,0.999,0.976,0.116\n");
        assertThat(Wef2024Format.looksLikeWef2024(t)).isTrue();
        List<ValueRow> rows = Wef2024Format.read(t, CountryNames.bundled());
        assertThat(rows).extracting(ValueRow::indicator).containsExactly("gggi", "gggi_economic", "gggi_education",
                "gggi_health", "gggi_political");
        assertThat(rows).allSatisfy(v -> {
            assertThat(v.geo()).isEqualTo("KAZ");
            assertThat(v.period().text()).isEqualTo("2024");
            assertThat(v.sex()).isEqualTo("T");
            assertThat(v.source()).isEqualTo(Wef2024Format.SOURCE);
            assertThat(v.note()).isNull();
            assertThat(v.row()).isEqualTo(2);
        });
        assertThat(rows.get(0).value()).isEqualByComparingTo("0.71");
    }

    @Test
    void namesThatDifferFromUndpsAreMappedByTheExplicitEntries() {
        CsvTable t = table(HEADER + "Türkiye,0.645,0.507,0.987,0.966,0.118\nUSA,0.747,0.765,1.000,0.97,0.251\n"
                + "Kyrgyz,0.7,0.695,0.991,0.98,0.133\n");
        assertThat(Wef2024Format.read(t, CountryNames.bundled())).extracting(ValueRow::geo).containsOnly("TUR", "USA", "KGZ");
    }

    @Test
    void aRowWhoseOverallIsNotTheMeanOfItsSubIndicesWithinRoundingIsImportedWithANote() {
        CsvTable t = table(HEADER + "Spain,0.797,0.732,0.998,0.976,0.494\nCameroon,0.693,0.705,0.894,0.973,0.204\n");
        List<ValueRow> rows = Wef2024Format.read(t, CountryNames.bundled());
        assertThat(rows).filteredOn(v -> v.geo().equals("ESP")).hasSize(5)
                .allSatisfy(v -> assertThat(v.note()).contains("0.797").contains("0.8").contains("mis-transcribed"));
        // 0.694 against 0.693: within what rounding three-decimal figures explains
        assertThat(rows).filteredOn(v -> v.geo().equals("CMR")).hasSize(5).allSatisfy(v -> assertThat(v.note()).isNull());
    }

    @Test
    void anUnknownCountryNameOrABadNumberRefusesTheFileNamingRowAndColumn() {
        CsvTable t = table(HEADER + "Kazakhstan,0.71,0.751,0.999,0.976,0.116\nAtlantis,0.7,0.7,0.7,0.7,0.7\n" // not a country
                + "Albania,0.78,x,0.958,0.962,0.419\n");
        assertThatThrownBy(() -> Wef2024Format.read(t, CountryNames.bundled())).isInstanceOfSatisfying(ImportRejected.class,
                e -> assertThat(e.problems()).containsExactly(
                        new RowProblem(3, "country", "indicators.import.error.countryName"),
                        new RowProblem(4, "economic_participation_opportunity_2024", "indicators.import.error.number")));
    }

    @Test
    void everyCountryOfTheBundledFileIsKnownAndExactlyTheFiveInconsistentRowsCarryANote() {
        CsvTable t = CsvTable.read(new ByteArrayInputStream(
                ReferenceDatasets.bytes("/indicators/reference/wef_gggi_2024_scores.csv")));
        List<ValueRow> rows = Wef2024Format.read(t, CountryNames.bundled());
        assertThat(t.rows()).hasSize(146);
        assertThat(rows).hasSize(146 * 5);
        assertThat(rows.stream().map(ValueRow::geo).distinct()).hasSize(146);
        Map<String, Long> noted = rows.stream().filter(v -> v.note() != null)
                .collect(Collectors.groupingBy(ValueRow::geo, Collectors.counting()));
        assertThat(noted).containsOnlyKeys("ESP", "SAU", "SGP", "SVK", "SVN").containsValues(5L);
    }
}
