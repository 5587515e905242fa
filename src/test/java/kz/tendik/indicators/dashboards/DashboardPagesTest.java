package kz.tendik.indicators.dashboards;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.Cookie;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The analysts' dashboards through HTTP in Kazakh, Russian and English: figures, tables, downloads and choices. */
@IntegrationTest
class DashboardPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|Gender Inequality Index (GII), Kazakhstan|0.177|Global Gender Gap Index and its sub-indices, Kazakhstan|0.712|24.7|Download XLSX",
            "ru|Индекс гендерного неравенства (ИГН), Казахстан|0,177|Глобальный индекс гендерного разрыва и его субиндексы, Казахстан|0,712|24,7|Скачать XLSX",
            "kk|Гендерлік теңсіздік индексі (ГТИ), Қазақстан|0,177|Жаһандық гендерлік алшақтық индексі және оның қосалқы индекстері, Қазақстан|0,712|24,7|XLSX жүктеп алу"})
    void kazakhstanOverTimeShowsEveryFigureWithItsTableDataAndReferencesInTheReadersLanguage(
            String lang, String giiTitle, String gii2022, String gggiTitle, String gggi2018, String parliament2022,
            String xlsx) throws Exception {
        String html = page(get("/indicators/dashboards"), lang);
        assertThat(html).contains(giiTitle, gggiTitle, xlsx)
                .contains("<th scope=\"row\">2022</th>")
                .contains(">" + gii2022 + "<", ">" + gggi2018 + "<", ">" + parliament2022 + "<")
                // each chart's data for Chart.js, as data, never as a script that runs
                .containsPattern("<canvas id=\"chart-kz-gii\"[^>]* data-chart=\"\\{&quot;type&quot;:&quot;line&quot;")
                .contains("/webjars/chart.js/4.5.1/dist/chart.umd.min.js", "/js/dashboards.js")
                // inputs, sources and method
                .contains("href=\"/indicators/mmr?geo=KAZ\"", "href=\"/indicators/lfpr?geo=KAZ\"", "UNDP HDR (Inter-Parliamentary Union)")
                .contains("href=\"/indicators/dashboards/data/kz-gii.csv\"", "href=\"/indicators/dashboards/data/kz-pay.xlsx\"");
        assertThat(html.indexOf(gii2022)).isPositive();
    }

    @Test
    void theChartDataBlockHoldsTheSameValuesAsTheTable() throws Exception {
        String html = page(get("/indicators/dashboards"), "ru");
        int start = html.indexOf("<canvas id=\"chart-kz-pay\"");
        String json = html.substring(start, html.indexOf(">", start)).replace("&quot;", "\"");
        // recomputed from the stored wages (418,788 and 311,217 tenge), unrounded
        assertThat(json).contains("\"locale\":\"ru\"", "\"labels\":[", "\"2023\"", "25.686", "74.313",
                "Разрыв в оплате труда (средняя зарплата)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en|Kyrgyzstan|Uzbekistan|Germany", "ru|Киргизия|Узбекистан|Германия",
            "kk|Қырғызстан|Өзбекстан|Германия"})
    void kazakhstanStandsBesideItsNeighboursAndTheChosenPeers(String lang, String kyrgyzstan, String uzbekistan,
                                                              String germany) throws Exception {
        String html = page(get("/indicators/dashboards/neighbours").param("peer", "DEU"), lang);
        assertThat(html).contains("<th scope=\"col\">" + kyrgyzstan + "</th>", "<th scope=\"col\">" + uzbekistan + "</th>",
                "<th scope=\"col\">" + germany + "</th>")
                .contains("<option value=\"DEU\" selected=\"selected\">")
                .contains("href=\"/indicators/dashboards/data/cmp-gii.csv?peer=DEU\"");
        assertThat(page(get("/indicators/dashboards/neighbours"), lang)).doesNotContain("<th scope=\"col\">" + germany + "</th>");
    }

    @Test
    void anUnknownPeerIsRefusedNamingTheField() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/indicators/dashboards/neighbours").param("peer", "XXX")
                .param("peer", "DEU").cookie(new Cookie("TENDIK_LANG", "ru")).with(users.as("analyst"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("id=\"peer-error\"", "Выберите страны из списка", "aria-invalid=\"true\"");
        MockHttpServletResponse download = mvc.perform(get("/indicators/dashboards/data/cmp-gii.csv").param("peer", "XXX")
                .cookie(new Cookie("TENDIK_LANG", "kk")).with(users.as("analyst"))).andReturn().getResponse();
        assertThat(download.getStatus()).isEqualTo(400);
        assertThat(download.getContentType()).isEqualTo("application/problem+json");
        assertThat(download.getContentAsString(StandardCharsets.UTF_8)).contains("\"field\":\"peer\"", "Елдерді тізімнен таңдаңыз");
    }

    @Test
    void aCountryProfileShowsItsIndicesAndInputsAndAnUnknownCountryIsNotFound() throws Exception {
        String html = page(get("/indicators/dashboards/country").param("country", "UZB"), "en");
        assertThat(html).contains("Gender equality indices, Uzbekistan", "Women and men in work, education and parliament, Uzbekistan")
                .contains("href=\"/indicators/lfpr?geo=UZB\"", "href=\"/indicators/dashboards/data/country-indices.csv?country=UZB\"");
        assertThat(page(get("/indicators/dashboards/country").param("country", "UZB"), "kk")).contains("Өзбекстан");
        assertThat(mvc.perform(get("/indicators/dashboards/country").param("country", "QQQ").with(users.as("analyst")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    @Transactional
    void importedRegionalValuesAreComparedByRegionWithTheirDownloads() throws Exception {
        String csv = "indicator,geo,period,sex,value,source,note\n"
                + "lfpr,KZ-71,2024,F,66.5,Bureau of National Statistics,\nlfpr,KZ-71,2024,M,78.25,Bureau of National Statistics,\n"
                + "lfpr,KZ-75,2024,F,61.5,Bureau of National Statistics,\nlfpr,KZ-75,2024,M,74.5,Bureau of National Statistics,\n";
        mvc.perform(post("/api/v1/indicators/imports").contentType("text/csv").content(csv).with(users.as("analyst")).with(csrf()))
                .andReturn();
        // named explicitly: other tests may have left regional values of other indicators in the shared database
        String html = page(get("/indicators/dashboards/regions").param("indicator", "lfpr").param("period", "2024"), "ru");
        assertThat(html).contains("Уровень участия в рабочей силе, 2024, по регионам", "<th scope=\"row\">Астана</th>",
                "<th scope=\"row\">Алматы</th>", ">66,5<", ">78,3<", "<th scope=\"col\">Женщины</th>")
                .contains("href=\"/indicators/dashboards/data/regions.csv?indicator=lfpr&amp;period=2024\"");
        String file = download("/indicators/dashboards/data/regions.csv?indicator=lfpr&period=2024", "en");
        assertThat(file.lines().toList()).containsExactly("Region,Women,Men", "Astana,66.5,78.25", "Almaty,61.5,74.5");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en|Year,GII", "ru|Год,ИГН", "kk|Жыл,ГТИ"})
    void aFiguresCsvHoldsItsTableUnroundedWithTranslatedHeaders(String lang, String header) throws Exception {
        String csv = download("/indicators/dashboards/data/kz-gii.csv", lang);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo(header);
        assertThat(lines).anyMatch(l -> l.startsWith("2022,0.177")).anyMatch(l -> l.startsWith("2000,"));
    }

    @Test
    void kazakhstansGlobalGenderGapLineReachesThe2024ReportWithItsPublishedScores() throws Exception {
        List<String> lines = download("/indicators/dashboards/data/kz-gggi.csv", "en").lines().toList();
        assertThat(lines).anyMatch(l -> l.startsWith("2006,")).anyMatch(l -> l.startsWith("2018,0.712,"))
                .anyMatch(l -> l.startsWith("2024,0.71,0.751,0.999,0.976,0.116"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en|Methods of the figures|Follows", "ru|Методики показателей|Основа",
            "kk|Көрсеткіштердің әдістемелері|Негізі"})
    void aFiguresSourcesAndMethodAreLinksToTheSourceAndToTheMethodAndItsVersion(String lang, String methodsTitle,
                                                                             String follows) throws Exception {
        String html = page(get("/indicators/dashboards"), lang);
        assertThat(html)
                .contains("<a href=\"https://hdr.undp.org/data-center/documentation-and-downloads\" rel=\"external noopener\">"
                        + "UNDP HDR (Inter-Parliamentary Union)</a>")
                .contains("href=\"https://www.weforum.org/publications/global-gender-gap-report-2024/\"")
                .contains("href=\"https://stat.gov.kz/\"")
                .contains("href=\"/indicators/dashboards/methods#gii\"", "href=\"/indicators/dashboards/methods#gggi\"",
                        "href=\"/indicators/dashboards/methods#pay\"")
                .contains("<a href=\"/indicators/dashboards/methods#undp-gii\">undp-gii@hdr-2023-24</a>");

        String methods = page(get("/indicators/dashboards/methods"), lang);
        assertThat(methods).contains(methodsTitle, follows)
                .contains("id=\"gii\"", "id=\"gdi\"", "id=\"gggi\"", "id=\"pay\"", "id=\"seats\"", "id=\"stored\"")
                .contains("id=\"undp-gii\"", "<code>undp-gii@hdr-2023-24</code>", "id=\"wef-gggi\"",
                        "<code>wef-gggi@gggr-2018</code>", "id=\"pay-gap-unadjusted-median\"");
    }

    @Test
    void aFiguresXlsxHoldsTheTableAndASheetNamingInputsSourcesAndMethod() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/indicators/dashboards/data/kz-pay.xlsx")
                .cookie(new Cookie("TENDIK_LANG", "kk")).with(users.as("analyst"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Disposition")).contains("kz-pay.xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            List<Row> data = workbook.getSheets().toList().get(0).read();
            assertThat(data.get(0).getCellAsString(0)).contains("Жыл");
            Row year2023 = data.stream().filter(r -> "2023".equals(r.getCellAsString(0).orElse(""))).findFirst().orElseThrow();
            assertThat(year2023.getCellAsNumber(1).orElseThrow().doubleValue()).isCloseTo(25.686, within(0.0005));
            assertThat(year2023.getCellAsNumber(2).orElseThrow().doubleValue()).isCloseTo(74.314, within(0.0005));
            List<Row> about = workbook.getSheets().toList().get(1).read();
            String text = about.stream().map(r -> r.getCellAsString(0).orElse("") + " " + r.getCellAsString(1).orElse(""))
                    .reduce("", String::concat);
            assertThat(text).contains("Бастапқы деректер", "wage_monthly", "Bureau of National Statistics of Kazakhstan", "Әдістеме")
                    .contains("Bureau of National Statistics of Kazakhstan — https://stat.gov.kz/");
        }
    }

    @Test
    void unknownFiguresAreNotFound() throws Exception {
        assertThat(mvc.perform(get("/indicators/dashboards/data/kz-nothing.csv").with(users.as("analyst")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/indicators/dashboards/data/other.xlsx").with(users.as("analyst")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    private String page(MockHttpServletRequestBuilder request, String lang) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.cookie(new Cookie("TENDIK_LANG", lang))
                .with(users.as("caseworker.astana"))).andReturn().getResponse();
        assertThat(response.getStatus()).as(request.toString()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private String download(String path, String lang) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).cookie(new Cookie("TENDIK_LANG", lang))
                .with(users.as("analyst"))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
