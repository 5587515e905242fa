package kz.tendik.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The open data API, anonymously. Not {@code @Transactional}: the cache is emptied when an import commits, and that
 * is tested with a committed import of a value no other test reads (hourly earnings of Zhetisu region, 2021).
 */
@IntegrationTest
class OpenDataApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theCatalogueIsOpenCachedAndCreatesNoSession() throws Exception {
        MvcResult first = mvc.perform(get("/api/v1/open/indicators"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(header().string("Cache-Control", "max-age=300, public"))
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$[?(@.code == 'gii')].name.kk").value(hasItem("Гендерлік теңсіздік индексі")))
                .andExpect(jsonPath("$[?(@.code == 'gii')].name.ru").isNotEmpty())
                .andExpect(jsonPath("$[?(@.code == 'gii')].name.en").value(hasItem("Gender Inequality Index")))
                .andReturn();
        assertThat(first.getResponse().getHeaders("Set-Cookie")).isEmpty();
        assertThat(first.getRequest().getSession(false)).isNull();
        List<String> published = jdbc.sql("SELECT code FROM indicator WHERE published ORDER BY code").query(String.class).list();
        mvc.perform(get("/api/v1/open/indicators")).andExpect(jsonPath("$[*].code").value(
                org.hamcrest.Matchers.containsInAnyOrder(published.toArray())));
        String etag = first.getResponse().getHeader("ETag");
        mvc.perform(get("/api/v1/open/indicators").header("If-None-Match", etag))
                .andExpect(status().isNotModified())
                .andExpect(header().string("ETag", etag))
                .andExpect(content().string(""));
        mvc.perform(get("/api/v1/open/indicators").param("format", "csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(startsWith(
                        "code,name_kk,name_ru,name_en,unit,sex_disaggregated,periodicity,source,sdg_indicator,cedaw_article,topic\n")));
        mvc.perform(get("/api/v1/open/indicators").accept("text/csv"))
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Vary", org.hamcrest.Matchers.containsString("Accept")));
    }

    @Test
    void valuesOfAPublishedIndicatorFilteredByGeographyPeriodAndSex() throws Exception {
        mvc.perform(get("/api/v1/open/indicators/pr/values").param("geography", "KAZ").param("from", "2020")
                        .param("to", "2022").param("sex", "f"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[2].period").value("2022"))
                .andExpect(jsonPath("$[2].value").value(closeTo(24.675, 0.001)))
                .andExpect(jsonPath("$[*].sex").value(everyItem(org.hamcrest.Matchers.is("F"))))
                .andExpect(jsonPath("$[0].importId").doesNotExist());
        mvc.perform(get("/api/v1/open/indicators/pr/values").param("geography", "KAZ").param("from", "2022")
                        .param("sex", "M").param("format", "csv"))
                .andExpect(content().string(startsWith("indicator,geography,period,sex,value,source,note\npr,KAZ,2022,M,")));
        mvc.perform(get("/api/v1/open/indicators/pr/values").param("from", "last year").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/v1/open/indicators/pr/values").param("sex", "X"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sex"));
        mvc.perform(get("/api/v1/open/indicators/nosuch/values")).andExpect(status().isNotFound());
    }

    @Test
    void anIndicatorThatIsNotPublishedIsNotServed() throws Exception {
        jdbc.sql("UPDATE indicator SET published = false WHERE code = 'ipv_12m'").update();
        try {
            mvc.perform(get("/api/v1/open/indicators/ipv_12m/values")).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/indicators/ipv_12m/values").with(users.as("analyst"))).andExpect(status().isOk());
        } finally {
            jdbc.sql("UPDATE indicator SET published = true WHERE code = 'ipv_12m'").update();
        }
    }

    @Test
    void indexResultsInJsonAndCsv() throws Exception {
        mvc.perform(get("/api/v1/open/indices/gii").param("geography", "KAZ").param("year", "2022"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "max-age=300, public"))
                .andExpect(jsonPath("$[0].value").value(IndicesApiTest.near("0.177427")))
                .andExpect(jsonPath("$[0].inputs.pr_f.value").value(closeTo(24.675, 0.001)))
                .andExpect(jsonPath("$[0].methodVersion").value("undp-gii@hdr-2023-24"));
        mvc.perform(get("/api/v1/open/indices/GGGI").param("geography", "KAZ").param("format", "csv"))
                .andExpect(content().string(startsWith(
                        "index_code,geography,year,value,computable,method_version,missing,out_of_range\nGGGI,KAZ,2006,,false,wef-gggi@gggr-2018,\"gggi_lfpr;gggi_wage;")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("\nGGGI,KAZ,2018,0.71")));
        mvc.perform(get("/api/v1/open/indices/gii")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/open/indices/nosuch").param("year", "2022")).andExpect(status().isNotFound());
    }

    /** The Senate's and the maslikhats' seats are published counts (V20261202_0620): open, with the shares from them. */
    @Test
    void womenInTheSenateAndTheMaslikhatsAreOpenData() throws Exception {
        mvc.perform(get("/api/v1/open/indices/WOMEN_SHARE_SENATE").param("geography", "KAZ").param("year", "2022"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].value").value(closeTo(18.367, 0.001)))
                .andExpect(jsonPath("$[0].inputs.women.value").value(9));
        mvc.perform(get("/api/v1/open/indices/WOMEN_SHARE_MASLIKHAT").param("geography", "KAZ").param("year", "2016"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].value").value(closeTo(22.189, 0.001)));
        mvc.perform(get("/api/v1/open/indicators/maslikhat_women_share/values").param("geography", "KAZ"))
                .andExpect(status().isOk());
    }

    @Test
    void anImportEmptiesTheCacheWhenItCommits() throws Exception {
        String path = "/api/v1/open/indicators/earnings_hourly/values";
        String before = mvc.perform(get(path).param("geography", "KZ-19")).andExpect(status().isOk())
                .andReturn().getResponse().getHeader("ETag");
        String value = Long.toString(1000 + System.nanoTime() % 1000);
        mvc.perform(post("/api/v1/indicators/imports").contentType("text/csv")
                        .content("indicator,geo,period,sex,value,source,note\n"
                                + "earnings_hourly,KZ-19,2021,F," + value + ",TEST DATA (OpenDataApiTest),not an official figure\n")
                        .with(users.as("analyst")).with(csrf()))
                .andExpect(status().isOk());
        MvcResult after = mvc.perform(get(path).param("geography", "KZ-19")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].value").value(Integer.parseInt(value)))
                .andReturn();
        assertThat(after.getResponse().getHeader("ETag")).isNotEqualTo(before);
        mvc.perform(get(path).param("geography", "KZ-19").header("If-None-Match", before)).andExpect(status().isOk());
    }
}
