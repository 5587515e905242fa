package kz.tendik.indicators.reference;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.tendik.indicators.GenderDevelopmentIndex;
import kz.tendik.indicators.GenderInequalityIndex;
import kz.tendik.indicators.HumanDevelopmentBySex;
import kz.tendik.indicators.Outcome;
import kz.tendik.indicators.Ranking;
import kz.tendik.indicators.csv.CsvTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every GII, GDI, HDI by sex and HDI value of the bundled HDR 2023/24 time series (countries and aggregates,
 * 1990–2022) recomputed from the file's own inputs. No exceptions were found: the lists of known exceptions are
 * empty, and a new mismatch fails the test by name.
 */
class HdrReproductionTest {

    /** Country-years whose published GII does not reproduce from the file's inputs: none. */
    static final List<String> KNOWN_GII_EXCEPTIONS = List.of();
    /** Country-years whose published GDI does not reproduce from the file's inputs: none. */
    static final List<String> KNOWN_GDI_EXCEPTIONS = List.of();

    static HdrTimeSeries hdr;

    @BeforeAll
    static void read() {
        hdr = HdrTimeSeries.bundled();
    }

    @Test
    void theFileHasEveryCountryAndAggregateFrom1990To2022() {
        assertThat(hdr.countries()).hasSize(206);
        assertThat(hdr.countries().stream().filter(HdrTimeSeries.Country::aggregate)).hasSize(11);
        assertThat(hdr.years()).first().isEqualTo(1990);
        assertThat(hdr.years()).last().isEqualTo(2022);
        assertThat(hdr.countries().get(0).iso3()).isEqualTo("AFG");
    }

    @Test
    void everyPublishedGiiIsReproducedToThreeDecimalsFromItsInputs() {
        List<String> mismatches = new ArrayList<>();
        List<String> publishedWithoutInputs = new ArrayList<>();
        List<String> inputsWithoutPublished = new ArrayList<>();
        int checked = 0;
        for (HdrTimeSeries.Country country : hdr.countries()) {
            for (int year : hdr.years()) {
                Optional<Double> published = country.value("gii", year);
                Outcome<GenderInequalityIndex.Result> outcome = GenderInequalityIndex.compute(HdrTimeSeries.giiInputs(country, year));
                if (published.isEmpty()) {
                    if (outcome.computable()) {
                        inputsWithoutPublished.add(country.iso3() + " " + year);
                    }
                    continue;
                }
                if (!outcome.computable()) {
                    publishedWithoutInputs.add(country.iso3() + " " + year + ": " + outcome);
                    continue;
                }
                checked++;
                BigDecimal computed = outcome.orElseThrow().published();
                if (computed.compareTo(BigDecimal.valueOf(published.get())) != 0) {
                    mismatches.add(country.iso3() + " " + year + ": computed " + computed + ", published " + published.get());
                }
            }
        }
        assertThat(checked).isEqualTo(4711);
        assertThat(mismatches).containsExactlyElementsOf(KNOWN_GII_EXCEPTIONS);
        assertThat(publishedWithoutInputs).isEmpty();
        assertThat(inputsWithoutPublished).isEmpty();
    }

    @Test
    void everyPublishedGdiAndHdiBySexIsReproducedFromItsInputs() {
        List<String> mismatches = new ArrayList<>();
        List<String> hdiBySexMismatches = new ArrayList<>();
        List<String> publishedWithoutInputs = new ArrayList<>();
        int checked = 0;
        for (HdrTimeSeries.Country country : hdr.countries()) {
            for (int year : hdr.years()) {
                Optional<Double> published = country.value("gdi", year);
                if (published.isEmpty()) {
                    continue;
                }
                Outcome<GenderDevelopmentIndex.Result> outcome = GenderDevelopmentIndex.compute(HdrTimeSeries.gdiInputs(country, year));
                if (!outcome.computable()) {
                    publishedWithoutInputs.add(country.iso3() + " " + year + ": " + outcome);
                    continue;
                }
                checked++;
                GenderDevelopmentIndex.Result gdi = outcome.orElseThrow();
                if (gdi.published().compareTo(BigDecimal.valueOf(published.get())) != 0) {
                    mismatches.add(country.iso3() + " " + year + ": computed " + gdi.published() + ", published " + published.get());
                }
                // the file keeps HDI by sex unrounded (9 decimals)
                if (Math.abs(gdi.hdiF() - country.value("hdi_f", year).orElseThrow()) > 5e-9
                        || Math.abs(gdi.hdiM() - country.value("hdi_m", year).orElseThrow()) > 5e-9) {
                    hdiBySexMismatches.add(country.iso3() + " " + year);
                }
            }
        }
        assertThat(checked).isEqualTo(5014);
        assertThat(mismatches).containsExactlyElementsOf(KNOWN_GDI_EXCEPTIONS);
        assertThat(hdiBySexMismatches).isEmpty();
        assertThat(publishedWithoutInputs).isEmpty();
    }

    @Test
    void theGdiGroupOf2022IsReproducedForEveryCountry() {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (HdrTimeSeries.Country country : hdr.countries()) {
            Optional<Double> published = country.value("gdi_group", 2022);
            if (published.isPresent()) {
                checked++;
                int group = GenderDevelopmentIndex.compute(HdrTimeSeries.gdiInputs(country, 2022)).orElseThrow().group();
                if (group != published.get().intValue()) {
                    mismatches.add(country.iso3() + ": " + group + " vs " + published.get());
                }
            }
        }
        assertThat(checked).isGreaterThan(160);
        // Belgium, Iceland, Kyrgyzstan and Tuvalu publish GDI 0.975 (group 1), FSM and North Macedonia 0.950
        // (group 2): the boundaries hold only in exact decimals
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyPublishedHdiIsReproducedWithTheOverallGoalposts() {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (HdrTimeSeries.Country country : hdr.countries()) {
            for (int year : hdr.years()) {
                Optional<Double> published = country.value("hdi", year);
                if (published.isPresent()) {
                    checked++;
                    BigDecimal computed = HumanDevelopmentBySex.compute(HdrTimeSeries.hdiInputs(country, year))
                            .orElseThrow().published();
                    if (computed.compareTo(BigDecimal.valueOf(published.get())) != 0) {
                        mismatches.add(country.iso3() + " " + year);
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(6171);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void theGiiRanksOf2022InTheFileAreTheOrderOfTheUnroundedValues() {
        Map<String, Double> unrounded = new LinkedHashMap<>();
        for (HdrTimeSeries.Country country : countriesWithGii2022()) {
            unrounded.put(country.iso3(), gii2022(country).gii());
        }
        Map<String, Integer> ranks = Ranking.ascending(unrounded);

        assertThat(ranks).hasSize(166);
        for (HdrTimeSeries.Country country : countriesWithGii2022()) {
            assertThat(ranks.get(country.iso3())).as(country.iso3())
                    .isEqualTo(country.value("gii_rank", 2022).orElseThrow().intValue());
        }
        assertThat(ranks.get("KAZ")).isEqualTo(42);
    }

    @Test
    void theGiiRanksOf2022InTheStatisticalAnnexAreTiedRanksOfThePublishedValues() {
        Map<String, BigDecimal> published = new LinkedHashMap<>();
        for (HdrTimeSeries.Country country : countriesWithGii2022()) {
            published.put(country.name(), gii2022(country).published());
        }
        Map<String, Integer> ranks = Ranking.ascending(published);

        Map<String, AnnexRow> annex = annexTable();
        assertThat(annex).hasSize(166);
        for (Map.Entry<String, AnnexRow> printed : annex.entrySet()) {
            String name = hdrName(printed.getKey());
            assertThat(published.get(name)).as(name).isEqualByComparingTo(printed.getValue().gii());
            assertThat(ranks.get(name)).as(name).isEqualTo(printed.getValue().rank());
        }
        // Hungary and Romania both print 0.230: both rank 56 in the annex, 56 and 57 in the time series
        assertThat(ranks.get("Romania")).isEqualTo(56);
        assertThat(ranks.get("Hungary")).isEqualTo(56);
    }

    @Test
    void theBundledFileIsReadWithItsByteOrderMarkRemoved() {
        CsvTable table = CsvTable.read(HdrTimeSeries.class.getResourceAsStream(HdrTimeSeries.BUNDLED));
        assertThat(table.header().get(0)).isEqualTo("iso3");
        assertThat(table.rows()).hasSize(206);
        assertThat(hdr.country("KAZ").orElseThrow().value("gii", 2022)).hasValue(0.177);
        assertThat(hdr.country("KAZ").orElseThrow().value("mmr", 2022).orElseThrow()).isCloseTo(13.38, within(0.01));
    }

    private record AnnexRow(BigDecimal gii, int rank) {
    }

    /** Table 5's countries with a GII value and rank, by the name printed. */
    private static Map<String, AnnexRow> annexTable() {
        CsvTable table = CsvTable.read(HdrReproductionTest.class.getResourceAsStream(
                "/indicators/reference/HDR23-24_Statistical_Annex_GII_Table.csv"));
        Map<String, AnnexRow> rows = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String name = row.cell(1);
            String value = row.cell(2);
            String rank = row.cell(4);
            if (!name.isEmpty() && value.matches("\\d\\.\\d{3}") && rank.matches("\\d+")) {
                rows.put(name, new AnnexRow(new BigDecimal(value), Integer.parseInt(rank)));
            }
        }
        return rows;
    }

    /** UNDP's time series file carries two names mis-encoded; the annex prints them properly. */
    private static String hdrName(String annexName) {
        String iso3 = switch (annexName) {
            case "Türkiye" -> "TUR";
            case "Côte d'Ivoire" -> "CIV";
            default -> null;
        };
        return iso3 == null ? annexName : hdr.country(iso3).orElseThrow().name();
    }

    private static List<HdrTimeSeries.Country> countriesWithGii2022() {
        return hdr.countries().stream().filter(c -> !c.aggregate() && c.value("gii", 2022).isPresent()).toList();
    }

    private static GenderInequalityIndex.Result gii2022(HdrTimeSeries.Country country) {
        return GenderInequalityIndex.compute(HdrTimeSeries.giiInputs(country, 2022)).orElseThrow();
    }
}
