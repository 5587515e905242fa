package kz.tendik.indicators.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.Cookie;
import kz.tendik.indicators.csv.CsvTable;
import kz.tendik.indicators.store.ValueStore;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Kazakhstan's elected bodies and wages from the bundled file {@code kz_representation_and_wages.csv}: the shares of
 * women in the Mazhilis, the Senate and the maslikhats and the pay gap over the years, each expected value worked out
 * by hand from the sourced figures (see the file's SOURCES.md), never read back from the engine.
 */
@IntegrationTest
class KazakhstanSeriesTest {

    @Autowired
    IndexResults results;
    @Autowired
    ValueStore values;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;

    /** Women ÷ all seats × 100, with the counts as the sources give them. */
    @ParameterizedTest
    @CsvSource({
            // 9 women and 58 men in the first Mazhilis (CABAR): 9 / 67
            "WOMEN_SHARE_MAZHILIS, 1995, 9, 67, 13.432835820895523",
            // 29 women and 78 men in the sixth Mazhilis (CABAR; Kazinform 29, 27.1 %): 29 / 107
            "WOMEN_SHARE_MAZHILIS, 2016, 29, 107, 27.102803738317753",
            // IPU: the 107-member House elected in 2021 comprised 29 women
            "WOMEN_SHARE_MAZHILIS, 2021, 29, 107, 27.102803738317753",
            // ODIHR: 28 of 107 seats of the outgoing seventh convocation
            "WOMEN_SHARE_MAZHILIS, 2022, 28, 107, 26.168224299065418",
            // IDEA: 19 women of 98 seats after the 2023 election
            "WOMEN_SHARE_MAZHILIS, 2023, 19, 98, 19.387755102040817",
            // CABAR: 4 women and 36 men in the first Senate: 4 / 40
            "WOMEN_SHARE_SENATE, 1995, 4, 40, 10.0",
            // AstanaTV: 9 women in the Senate in March 2022, of its 49 seats
            "WOMEN_SHARE_SENATE, 2022, 9, 49, 18.367346938775512",
            // TV7: 740 women of the maslikhats' 3,335 seats before the 2021 elections
            "WOMEN_SHARE_MASLIKHAT, 2016, 740, 3335, 22.188905547226387"})
    void theShareOfWomenOfEachBodyIsComputedFromItsSourcedSeats(String code, int year, int women, int seats,
                                                                double percent) {
        IndexResult result = results.find(code, "KAZ", year).orElseThrow();

        assertThat(result.computable()).as(code + " " + year).isTrue();
        assertThat(result.methodVersion()).isEqualTo("share-of-women@1");
        assertThat(result.value()).isCloseTo(percent, within(1e-12));
        assertThat(((Number) result.components().get("share")).doubleValue()).isCloseTo(percent / 100, within(1e-14));
        assertThat(result.inputs().get("women").value()).isEqualByComparingTo(BigDecimal.valueOf(women));
        assertThat(result.inputs().get("women").sex()).isEqualTo("F");
        assertThat(result.inputs().get("seats").value()).isEqualByComparingTo(BigDecimal.valueOf(seats));
        assertThat(result.inputs().get("seats").sex()).isEqualTo("T");
    }

    @Test
    void aPublishedShareStandsBesideTheRecomputedOneAndAloneItIsNotComputable() {
        IndexResult mazhilis2016 = results.find("WOMEN_SHARE_MAZHILIS", "KAZ", 2016).orElseThrow();
        assertThat(new BigDecimal(mazhilis2016.components().get("published").toString())).isEqualByComparingTo("27.1");
        IndexResult maslikhat2016 = results.find("WOMEN_SHARE_MASLIKHAT", "KAZ", 2016).orElseThrow();
        assertThat(new BigDecimal(maslikhat2016.components().get("published").toString())).isEqualByComparingTo("22.2");

        // 2006: only the shares were published (10.4 % and 16.7 %), no seats: never a guessed value
        IndexResult mazhilis2006 = results.find("WOMEN_SHARE_MAZHILIS", "KAZ", 2006).orElseThrow();
        assertThat(mazhilis2006.computable()).isFalse();
        assertThat(mazhilis2006.value()).isNull();
        assertThat(mazhilis2006.missing()).containsExactly("women", "seats");
        assertThat(new BigDecimal(mazhilis2006.components().get("published").toString())).isEqualByComparingTo("10.4");
        assertThat(results.find("WOMEN_SHARE_MASLIKHAT", "KAZ", 2006).orElseThrow().missing())
                .containsExactly("women", "seats");
        // and nothing is carried over to years without a sourced composition
        assertThat(results.find("WOMEN_SHARE_SENATE", "KAZ", 2016)).isEmpty();
        assertThat(results.series("WOMEN_SHARE_MAZHILIS", "KAZ")).extracting(IndexResult::year)
                .containsExactly(1995, 2006, 2016, 2021, 2022, 2023);
    }

    /** (men − women) ÷ men × 100 from the average monthly nominal wages, over the three years with both. */
    @ParameterizedTest
    @CsvSource({
            // Ministry of Labour: 220,160 and 281,239 tenge; 61,079 / 281,239
            "2021, 220160, 281239, 21.717827186129945, 78.28217281387005, 21.7",
            // Bureau via Finprom: 265.8 and 355.3 thousand tenge; 89,500 / 355,300
            "2022, 265800, 355300, 25.18998029833943, 74.81001970166056, ",
            // the bundled 2023 figures: 311,217 and 418,788 tenge; 107,571 / 418,788
            "2023, 311217, 418788, 25.6862660821227, 74.3137339178773, 25.7"})
    void thePayGapIsComputedForEveryYearWithBothWages(int year, long women, long men, double gap, double share,
                                                      String published) {
        IndexResult result = results.find("PAY_GAP_MEAN", "KAZ", year).orElseThrow();

        assertThat(result.computable()).isTrue();
        assertThat(result.value()).isCloseTo(gap, within(1e-9));
        assertThat(((Number) result.components().get("women_pct_of_men")).doubleValue()).isCloseTo(share, within(1e-9));
        assertThat(result.inputs().get("women").value()).isEqualByComparingTo(BigDecimal.valueOf(women));
        assertThat(result.inputs().get("men").value()).isEqualByComparingTo(BigDecimal.valueOf(men));
        if (published == null) {
            assertThat(result.components()).doesNotContainKey("published");
        } else {
            assertThat(new BigDecimal(result.components().get("published").toString())).isEqualByComparingTo(published);
        }
    }

    @Test
    void the2020GapIsPublishedWithoutWagesSoItIsShownButNotRecomputed() {
        IndexResult result = results.find("PAY_GAP_MEAN", "KAZ", 2020).orElseThrow();
        assertThat(result.computable()).isFalse();
        assertThat(result.missing()).containsExactly("women", "men");
        assertThat(new BigDecimal(result.components().get("published").toString())).isEqualByComparingTo("25");
    }

    @Test
    void everyBundledValueNamesThePageItWasReadAt() {
        for (String code : List.of("mazhilis_seats", "senate_seats", "maslikhat_seats", "maslikhat_women_share")) {
            assertThat(values.current(code, "KAZ", null, null, null, 100)).as(code).isNotEmpty()
                    .allSatisfy(value -> assertThat(value.note()).contains("https://"));
        }
        assertThat(values.current("wage_monthly", "KAZ", "F", java.time.LocalDate.of(2021, 1, 1),
                java.time.LocalDate.of(2022, 1, 1), 10)).hasSize(2)
                .allSatisfy(value -> assertThat(value.note()).contains("https://"));
    }

    /** The dashboard's figure of women's seats draws the recomputed points of each body, with its table and CSV. */
    @Test
    void theSeatsFigureShowsTheMazhilisSenateAndMaslikhatPoints() throws Exception {
        String csv = mvc.perform(get("/indicators/dashboards/data/kz-seats.csv").cookie(new Cookie("TENDIK_LANG", "en"))
                .with(users.as("analyst"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        CsvTable table = CsvTable.read(new java.io.StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv));

        assertThat(table.header()).contains("Women in the Mazhilis", "Women in the Senate", "Women in the maslikhats");
        int mazhilis = table.column("Women in the Mazhilis");
        int senate = table.column("Women in the Senate");
        int maslikhat = table.column("Women in the maslikhats");
        CsvTable.Row y2023 = table.rows().stream().filter(r -> r.cell(0).equals("2023")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(y2023.cell(mazhilis))).isCloseTo(19.387755102040817, within(1e-9));
        CsvTable.Row y2022 = table.rows().stream().filter(r -> r.cell(0).equals("2022")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(y2022.cell(mazhilis))).isCloseTo(26.168224299065418, within(1e-9));
        assertThat(Double.parseDouble(y2022.cell(senate))).isCloseTo(18.367346938775512, within(1e-9));
        CsvTable.Row y2016 = table.rows().stream().filter(r -> r.cell(0).equals("2016")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(y2016.cell(maslikhat))).isCloseTo(22.188905547226387, within(1e-9));
    }
}
