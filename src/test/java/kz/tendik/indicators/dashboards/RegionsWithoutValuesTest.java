package kz.tendik.indicators.dashboards;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The regional pages before and after any regional value exists. The suite shares one database and other tests
 * import regional values (and committed values cannot be deleted), so each case checks the state it finds: with no
 * regional value it must say so and show the import format; with some it must offer them instead of the notice.
 */
@IntegrationTest
class RegionsWithoutValuesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    private boolean anyRegionalValue() {
        return jdbc.sql("SELECT count(*) FROM indicator_value_current WHERE geo LIKE 'KZ-%'").query(Long.class).single() > 0;
    }

    private String page(MockHttpServletRequestBuilder request, String lang) throws Exception {
        return mvc.perform(request.cookie(new Cookie("TENDIK_LANG", lang))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en|No regional values yet", "ru|Региональных данных пока нет",
            "kk|Өңірлік деректер әзірге жоқ"})
    void theAnalystsRegionalPageSaysWhenThereIsNothingAndShowsHowAnImportFillsIt(String lang, String notice) throws Exception {
        String html = page(get("/indicators/dashboards/regions").with(users.as("analyst")), lang);
        if (anyRegionalValue()) {
            assertThat(html).doesNotContain(notice).contains("<canvas");
        } else {
            assertThat(html).contains(notice, "indicator,geo,period,sex,value,source,note").doesNotContain("<canvas");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en|No regional values yet|Regional figures will appear on this page",
            "ru|Региональных данных пока нет|Региональные данные появятся на этой странице",
            "kk|Өңірлік деректер әзірге жоқ|Өңірлік деректер жарияланған бойда"})
    void thePublicRegionalPageSaysWhenThereIsNothingInReadersWordsWithoutTheAnalystsInstructions(String lang, String notice,
                                                                                                  String forReaders) throws Exception {
        String html = page(get("/help/data/regions"), lang);
        if (anyRegionalValue()) {
            assertThat(html).doesNotContain(notice).contains("<svg xmlns");
        } else {
            assertThat(html).contains(notice, forReaders, "href=\"/help/data\"").doesNotContain("<svg xmlns")
                    .doesNotContain("indicator,geo,period,sex,value,source,note").doesNotContain("KZ-71");
        }
    }
}
