package kz.tendik.portal;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The public portal through HTTP, as an anonymous visitor in each language, and its editing by administrators. */
@IntegrationTest
class PublicPortalTest {

    private static final List<String> PUBLIC_PAGES = List.of("/help", "/help/centres", "/help/centres?region=KZ-75&need=SHELTER",
            "/help/pages/protective-order", "/help/pages/court-requirements", "/help/pages/family-support-centres",
            "/help/pages/safety-plan", "/help/pages/helping-a-friend", "/help/pages/browsing-safely",
            "/help/data", "/help/data/neighbours", "/help/data/regions", "/help/data/open",
            "/certificates"); // the public certificate check (programs) uses the portal's layout and rules

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyPublicPageOpensWithoutSignInInEachLanguageWithoutASession() throws Exception {
        for (String lang : List.of("kk", "ru", "en")) {
            for (String path : PUBLIC_PAGES) {
                MvcResult result = mvc.perform(get(path).cookie(new Cookie("TENDIK_LANG", lang))).andReturn();
                MockHttpServletResponse response = result.getResponse();
                assertThat(response.getStatus()).as(path + " " + lang).isEqualTo(200);
                assertThat(response.getContentAsString()).as(path + " " + lang)
                        .contains("lang=\"" + lang + "\"").contains("id=\"quick-exit\"")
                        .doesNotContain("name=\"_csrf\"");
                assertThat(response.getContentAsByteArray().length).as(path + " size").isLessThan(200_000);
                assertThat(result.getRequest().getSession(false)).as(path + " session").isNull();
                assertThat(response.getCookies()).as(path + " cookies").isEmpty();
            }
        }
    }

    @Test
    void choosingALanguageSetsOnlyTheLanguageCookie() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/help?lang=kk")).andReturn().getResponse();
        assertThat(Arrays.stream(response.getCookies()).map(Cookie::getName)).containsExactly("TENDIK_LANG");
        assertThat(response.getContentAsString()).contains("Сізге дәл қазір қауіп төніп тұр ма?");
    }

    @Test
    void theHomePutsDangerGuidanceFirstThenTheHotlinesWithTapToCallLinks() throws Exception {
        String html = page("/help", "ru");
        assertThat(html.indexOf("Вам угрожает опасность прямо сейчас?")).isPositive()
                .isLessThan(html.indexOf("href=\"tel:111\""));
        assertThat(html).contains("href=\"tel:102\"", "href=\"tel:111\"", "href=\"tel:150\"", "href=\"tel:112\"")
                .contains("Телефон доверия Союза кризисных центров");
    }

    @Test
    void aCentreWithShelterPlacesIsFoundInTheChosenRegion() throws Exception {
        String html = page("/help/centres?region=KZ-75&need=SHELTER", "en");
        assertThat(html).contains("Almaty City Family Support Centre", "Alatau District Family Support Centre")
                .doesNotContain("Auezov District Family Support Centre") // no shelter places
                .doesNotContain("Astana City Family Support Centre"); // another region
    }

    @Test
    void centresAreFilteredByCityAndService() throws Exception {
        String html = page("/help/centres?city=Темиртау&need=LEGAL_AID", "en");
        assertThat(html).contains("Temirtau Family Support Centre").doesNotContain("Karaganda City Family Support Centre");
        assertThat(page("/help/centres?region=KZ-35&need=CHILDREN", "en"))
                .contains("Karaganda City Family Support Centre").doesNotContain("Temirtau Family Support Centre");
    }

    @Test
    void nearMeOrdersCentresByDistanceFromThePositionAndDoesNotLetItBeCached() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/help/centres/results?lat=50.0549&lon=72.9646")
                .cookie(new Cookie("TENDIK_LANG", "en"))).andReturn().getResponse();
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        String html = response.getContentAsString();
        assertThat(html).doesNotContain("<html").contains("Nearest centres: 10");
        List<String> names = centreNames(html);
        assertThat(names.get(0)).isEqualTo("Temirtau Family Support Centre");
        assertThat(names.get(1)).isEqualTo("Karaganda City Family Support Centre");
        assertThat(html).contains("Less than 1 km away").containsPattern("About (29|30|31) km away");
    }

    @Test
    void anUnreadablePositionIsExplainedNotAnError() throws Exception {
        String html = page("/help/centres?lat=north&lon=72", "en");
        assertThat(html).contains("The location could not be read");
    }

    @Test
    void aCentrePageShowsAddressHoursPhoneServicesAndLanguages() throws Exception {
        String html = page("/help/centres?region=KZ-47&need=SHELTER", "ru");
        Matcher link = Pattern.compile("href=\"/help/centres/(\\d+)\"").matcher(html);
        assertThat(link.find()).isTrue();
        String centre = page("/help/centres/" + link.group(1), "ru");
        assertThat(centre).contains("Центр поддержки семьи города Актау", "мкр. 9, здание 20", "Пн–Пт 09:00–18:00",
                "href=\"tel:+77292506318\"", "Юридическая консультация", "Мест для проживания: 6", "Қазақша", "Русский");
    }

    @Test
    void unknownCentresAndPagesAreNotFound() throws Exception {
        assertThat(mvc.perform(get("/help/centres/999999")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/help/pages/no-such-page")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void anUnknownCertificateCodeIsNotFoundInThePortalsLayoutWithoutASession() throws Exception {
        for (String lang : List.of("kk", "ru", "en")) {
            MvcResult result = mvc.perform(get("/certificates/AAAA-BBBB-CCCC-DDDD").cookie(new Cookie("TENDIK_LANG", lang)))
                    .andReturn();
            MockHttpServletResponse response = result.getResponse();
            assertThat(response.getStatus()).isEqualTo(404);
            assertThat(response.getContentAsString()).contains("lang=\"" + lang + "\"", "id=\"quick-exit\"",
                    "class=\"portal-bottom\"", "/help/pages/browsing-safely", "verdict unknown").doesNotContain("name=\"_csrf\"");
            assertThat(result.getRequest().getSession(false)).isNull();
            assertThat(response.getCookies()).isEmpty();
        }
    }

    @Test
    void anErrorUnderHelpOrCertificatesIsShownInThePortalsLayoutWithTheQuickExit() throws Exception {
        List<String> titles = List.of("Мұндай бет жоқ", "Такой страницы нет", "This page does not exist");
        List<String> languages = List.of("kk", "ru", "en");
        for (int i = 0; i < languages.size(); i++) {
            for (String path : List.of("/help/no-such-page", "/help/centres/999999", "/certificates/a/b")) {
                MvcResult result = mvc.perform(errorDispatch(path, 404).cookie(new Cookie("TENDIK_LANG", languages.get(i))))
                        .andReturn();
                assertThat(result.getResponse().getStatus()).as(path).isEqualTo(404);
                assertThat(result.getResponse().getContentAsString()).as(path)
                        .contains("lang=\"" + languages.get(i) + "\"", "id=\"quick-exit\"", titles.get(i),
                                "href=\"/help/centres\"", "href=\"tel:102\"", "/help/pages/browsing-safely");
                assertThat(result.getRequest().getSession(false)).isNull();
                assertThat(result.getResponse().getCookies()).isEmpty();
            }
        }
        String serverError = mvc.perform(errorDispatch("/help/centres", 500).cookie(new Cookie("TENDIK_LANG", "ru")))
                .andReturn().getResponse().getContentAsString();
        assertThat(serverError).contains("id=\"quick-exit\"", "Что-то пошло не так");
        // the staff pages keep their own error page
        String staff = mvc.perform(errorDispatch("/cases/999999", 404).cookie(new Cookie("TENDIK_LANG", "en")))
                .andReturn().getResponse().getContentAsString();
        assertThat(staff).contains("Page not found").doesNotContain("id=\"quick-exit\"");
    }

    @Test
    void theOpenDataPageExplainsTheApiAndEveryAddressItLinksAnswers() throws Exception {
        String html = page("/help/data/open", "en");
        assertThat(html).contains("For journalists, researchers", "/api/v1/open/indicators",
                "/api/v1/open/programmes/participation", "format=csv", "href=\"/v3/api-docs\"", "href=\"/swagger-ui.html\"",
                "No personal data", "Counts below 5");
        assertThat(page("/help/data/open", "kk")).contains("Ашық деректер", "Дербес деректер жоқ");
        assertThat(page("/help/data/open", "ru")).contains("Открытые данные", "Никаких персональных данных");
        Matcher link = Pattern.compile("href=\"(/api/v1/open/[^\"]+)\"").matcher(html);
        int links = 0;
        while (link.find()) {
            String address = link.group(1).replace("&amp;", "&");
            MockHttpServletResponse response = mvc.perform(get(address)).andReturn().getResponse();
            assertThat(response.getStatus()).as(address).isEqualTo(200);
            assertThat(response.getContentAsString()).as(address).isNotBlank();
            links++;
        }
        assertThat(links).isGreaterThanOrEqualTo(5);
        assertThat(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString())
                .contains("/api/v1/open/indicators", "/api/v1/open/programmes/participation");
        // reachable from the home page and from the published figures
        assertThat(page("/help", "en")).contains("href=\"/help/data/open\"");
        assertThat(page("/help/data", "en")).contains("href=\"/help/data/open\"");
    }

    @Test
    void theKazakhProtectiveOrderPageSaysWhatTheOrderForbidsInTheRightCase() throws Exception {
        assertThat(page("/help/pages/protective-order", "kk")).contains("Ол неге тыйым салады").doesNotContain("Ол нені тыйым");
    }

    @Test
    @Transactional
    void theHeadingCorrectionLeavesAPageTheAdministratorHasEditedAlone() throws Exception {
        String correction;
        try (InputStream in = getClass().getResourceAsStream(
                "/db/migration/portal/V20261201_0701__protective_order_kk_heading.sql")) {
            correction = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String current = body();
        String seeded = current.replace("## Ол неге тыйым салады", "## Ол нені тыйым салады");
        // as seeded: corrected
        jdbc.sql("UPDATE portal_page SET body = ? WHERE slug = 'protective-order' AND language = 'kk'").param(seeded).update();
        jdbc.sql(correction).update();
        assertThat(body()).isEqualTo(current);
        // edited by an administrator since: left as they wrote it
        String edited = seeded + "\nАдминистратор қосқан жол.\n";
        jdbc.sql("UPDATE portal_page SET body = ? WHERE slug = 'protective-order' AND language = 'kk'").param(edited).update();
        jdbc.sql(correction).update();
        assertThat(body()).isEqualTo(edited);
    }

    private String body() {
        return jdbc.sql("SELECT body FROM portal_page WHERE slug = 'protective-order' AND language = 'kk'")
                .query(String.class).single();
    }

    /** What the servlet container does after a handler's sendError: an ERROR dispatch to /error for that address. */
    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder errorDispatch(String path, int status) {
        return get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, path).accept(org.springframework.http.MediaType.TEXT_HTML);
    }

    @Test
    @Transactional
    void anAdministratorsScriptIsShownAsTextNeverRun() throws Exception {
        mvc.perform(post("/portal/pages/helping-a-friend/en").with(csrf()).with(users.as("admin"))
                .param("title", "Helping a friend").param("body", "Listen.\n\n<script>alert('x')</script>\n\n[x](javascript:alert(1))"))
                .andReturn();
        String html = page("/help/pages/helping-a-friend", "en");
        assertThat(html).contains("&lt;script&gt;alert").doesNotContain("<script>alert").doesNotContain("javascript:");
    }

    @Test
    @Transactional
    void onlyAnAdministratorMayEditAPage() throws Exception {
        int status = mvc.perform(post("/portal/pages/safety-plan/ru").with(csrf()).with(users.as("caseworker.astana"))
                .param("title", "Взлом").param("body", "текст")).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(403);
        assertThat(page("/help/pages/safety-plan", "ru")).doesNotContain("Взлом");
        int anonymous = mvc.perform(post("/portal/pages/safety-plan/ru").with(csrf()).param("title", "x").param("body", "y"))
                .andReturn().getResponse().getStatus();
        assertThat(anonymous).isIn(302, 401, 403);
    }

    @Test
    @Transactional
    void anEmptyTitleComesBackWithATranslatedError() throws Exception {
        String html = mvc.perform(post("/portal/pages/safety-plan/ru").with(csrf()).with(users.as("admin"))
                .cookie(new Cookie("TENDIK_LANG", "ru")).param("title", " ").param("body", "Текст"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("field-error");
        assertThat(page("/help/pages/safety-plan", "ru")).contains("Как составить план безопасности");
    }

    private String page(String path, String lang) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).cookie(new Cookie("TENDIK_LANG", lang))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private static List<String> centreNames(String html) {
        Matcher m = Pattern.compile("<h3><a href=\"/help/centres/\\d+\">([^<]+)</a></h3>").matcher(html);
        List<String> names = new java.util.ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
