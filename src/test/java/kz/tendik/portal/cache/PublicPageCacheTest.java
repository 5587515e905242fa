package kz.tendik.portal.cache;

import jakarta.servlet.http.Cookie;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public pages kept in memory: served again byte for byte, emptied by every change, never keyed on a position. */
@IntegrationTest
class PublicPageCacheTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    RenderedPages cache;

    @BeforeEach
    void empty() {
        cache.clear();
    }

    private MockHttpServletResponse read(String path, String lang) throws Exception {
        return mvc.perform(get(path).cookie(new Cookie("TENDIK_LANG", lang))).andReturn().getResponse();
    }

    @Test
    void aSecondReaderGetsTheSamePageWithTheSameSecurityHeadersAndNothingStoredInTheBrowser() throws Exception {
        MockHttpServletResponse first = read("/help", "kk");
        MockHttpServletResponse second = read("/help", "kk");
        assertThat(cache.keys()).containsExactly(new PublicPageKey("/help", "kk", null, null));
        assertThat(second.getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());
        assertThat(second.getContentType()).isEqualTo(first.getContentType());
        assertThat(second.getHeader("Content-Security-Policy")).isEqualTo(first.getHeader("Content-Security-Policy"));
        assertThat(second.getHeader("Cache-Control")).contains("no-store");
        assertThat(second.getHeader("CDN-Cache-Control")).isEqualTo("public, max-age=60");
        assertThat(second.getHeader("Vary")).contains("Accept-Language");
        assertThat(second.getCookies()).isEmpty();
    }

    @Test
    void eachLanguageAndEachRegionAndNeedIsItsOwnPage() throws Exception {
        String kk = read("/help/centres?region=KZ-75&city=&need=SHELTER", "kk").getContentAsString();
        String ru = read("/help/centres?region=KZ-75&city=&need=SHELTER", "ru").getContentAsString();
        read("/help/centres?region=KZ-71", "ru");
        assertThat(kk).isNotEqualTo(ru).contains("lang=\"kk\"");
        assertThat(ru).contains("lang=\"ru\"");
        assertThat(cache.keys()).containsExactlyInAnyOrder(
                new PublicPageKey("/help/centres", "kk", "KZ-75", "SHELTER"),
                new PublicPageKey("/help/centres", "ru", "KZ-75", "SHELTER"),
                new PublicPageKey("/help/centres", "ru", "KZ-71", null));
    }

    @Test
    void nothingAReaderTypedOrWhereSheIsIsEverKept() throws Exception {
        MockHttpServletResponse nearMe = read("/help/centres?lat=43.2389&lon=76.8897", "en");
        assertThat(nearMe.getStatus()).isEqualTo(200);
        read("/help/centres?region=KZ-75&city=Алматы", "ru");
        read("/help/centres/results?lat=43.2389&lon=76.8897", "en");
        read("/help?lang=ru", "kk");
        read("/help?anything=else", "kk");
        assertThat(cache.size()).isZero();
        assertThat(nearMe.getHeader("CDN-Cache-Control")).isNull();
    }

    @Test
    void signedInStaffAndMissingPagesAreRenderedEveryTime() throws Exception {
        mvc.perform(get("/help").with(users.as("caseworker.astana"))).andExpect(status().isOk());
        mvc.perform(get("/help/pages/no-such-page")).andExpect(status().isNotFound());
        mvc.perform(get("/help/centres/987654")).andExpect(status().isNotFound());
        assertThat(cache.size()).isZero();
    }

    @Test
    void anEditedSafetyPageShowsAtOnce() throws Exception {
        assertThat(read("/help/pages/helping-a-friend", "en").getContentAsString()).doesNotContain("Cache check title");
        mvc.perform(post("/portal/pages/helping-a-friend/en").with(csrf()).with(users.as("admin"))
                .param("title", "Cache check title").param("body", "How to help a friend."));
        assertThat(read("/help/pages/helping-a-friend", "en").getContentAsString()).contains("Cache check title");
    }

    @Test
    void aNewHotlineShowsOnTheHomeAtOnce() throws Exception {
        assertThat(read("/help", "en").getContentAsString()).doesNotContain("Cache check line");
        mvc.perform(post("/api/v1/hotlines").with(users.as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"number\": \"1419\", \"nameKk\": \"Тексеру желісі\", \"nameRu\": \"Проверочная линия\","
                                + " \"nameEn\": \"Cache check line\", \"sortOrder\": 99, \"active\": true}"))
                .andExpect(status().isCreated());
        assertThat(read("/help", "en").getContentAsString()).contains("Cache check line");
    }
}
