package kz.tendik.indicators.dashboards;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.Cookie;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The published figures on the portal, as an anonymous visitor: server-drawn SVG charts over their tables, no script
 * of their own, no session or cookie, light pages, the quick exit, CSV data, and a link from the portal's home.
 */
@IntegrationTest
class PublicFiguresTest {

    private static final List<String> PAGES = List.of("/help/data", "/help/data/neighbours", "/help/data/regions");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;

    @Test
    void everyFiguresPageOpensWithoutSignInInEachLanguageLightAndWithoutScriptsOrCookies() throws Exception {
        for (String lang : List.of("kk", "ru", "en")) {
            for (String path : PAGES) {
                MvcResult result = mvc.perform(get(path).cookie(new Cookie("TENDIK_LANG", lang))).andReturn();
                MockHttpServletResponse response = result.getResponse();
                assertThat(response.getStatus()).as(path + " " + lang).isEqualTo(200);
                String html = response.getContentAsString(StandardCharsets.UTF_8);
                assertThat(html).as(path + " " + lang).contains("lang=\"" + lang + "\"", "id=\"quick-exit\"", "class=\"portal-bottom\"")
                        .doesNotContain("chart.umd", "<canvas", "htmx", "name=\"_csrf\"");
                assertThat(response.getContentAsByteArray().length).as(path + " size").isLessThan(200_000);
                assertThat(result.getRequest().getSession(false)).as(path + " session").isNull();
                assertThat(response.getCookies()).as(path + " cookies").isEmpty();
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|Gender Inequality Index (GII), Kazakhstan|0.177|Gender pay gap, Kazakhstan|25.7",
            "ru|Индекс гендерного неравенства (ИГН), Казахстан|0,177|Гендерный разрыв в оплате труда, Казахстан|25,7",
            "kk|Гендерлік теңсіздік индексі (ГТИ), Қазақстан|0,177|Жалақыдағы гендерлік алшақтық, Қазақстан|25,7"})
    void kazakhstanOverTimeIsDrawnOnTheServerAboveItsTable(String lang, String giiTitle, String gii2022, String payTitle,
                                                           String gap2023) throws Exception {
        String html = page("/help/data", lang);
        assertThat(html).contains(giiTitle, payTitle, ">" + gii2022 + "<", ">" + gap2023 + "<")
                .contains("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"", "aria-labelledby=\"svg-title-kz-gii\"",
                        "<polyline", "<th scope=\"row\">2022</th>", "href=\"/help/data/kz-gii.csv\"")
                // inputs are named, but the analysts' pages they live on are not linked from the public portal
                .doesNotContain("href=\"/indicators/");
        assertThat(html.indexOf("<svg xmlns")).isLessThan(html.indexOf("<th scope=\"row\">2022</th>"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en|Kyrgyzstan|Turkmenistan", "ru|Киргизия|Туркменистан", "kk|Қырғызстан|Түрікменстан"})
    void kazakhstanStandsBesideItsNeighbours(String lang, String kyrgyzstan, String turkmenistan) throws Exception {
        assertThat(page("/help/data/neighbours", lang)).contains("<th scope=\"col\">" + kyrgyzstan + "</th>",
                "<th scope=\"col\">" + turkmenistan + "</th>", "href=\"/help/data/cmp-gdi.csv\"");
    }

    @Test
    @Transactional
    void importedRegionalValuesAreDrawnAsBarsByRegion() throws Exception {
        String csv = "indicator,geo,period,sex,value,source,note\n"
                + "mmr,KZ-71,2024,T,9.5,Ministry of Health,\nmmr,KZ-35,2024,T,14.25,Ministry of Health,\n";
        mvc.perform(post("/api/v1/indicators/imports").contentType("text/csv").content(csv).with(users.as("analyst")).with(csrf()))
                .andReturn();
        String html = page("/help/data/regions?indicator=mmr&period=2024", "en");
        assertThat(html).contains("Maternal mortality ratio, 2024, by region", "<rect", "<th scope=\"row\">Astana</th>",
                "<th scope=\"row\">Karaganda Region</th>", ">14.3<", "href=\"/help/data/regions.csv?indicator=mmr&amp;period=2024\"");
        String file = mvc.perform(get("/help/data/regions.csv").param("indicator", "mmr").param("period", "2024")
                .cookie(new Cookie("TENDIK_LANG", "ru"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(file.lines().toList()).contains("Регион,Всего", "Астана,9.5");
    }

    @Test
    void aFiguresCsvDownloadsWithoutSignInButCountryProfilesAndUnknownFiguresDoNot() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/help/data/cmp-gii.csv").cookie(new Cookie("TENDIK_LANG", "en")))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getCookies()).isEmpty();
        assertThat(response.getContentAsString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow())
                .isEqualTo("Year,Kazakhstan,Kyrgyzstan,Tajikistan,Turkmenistan,Uzbekistan");
        assertThat(mvc.perform(get("/help/data/country-indices.csv")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/help/data/nothing.csv")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void thePortalHomeLinksToThePublishedFigures() throws Exception {
        assertThat(page("/help", "ru")).contains("href=\"/help/data\"", "Гендерное равенство в цифрах");
    }

    private String page(String path, String lang) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).cookie(new Cookie("TENDIK_LANG", lang))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
