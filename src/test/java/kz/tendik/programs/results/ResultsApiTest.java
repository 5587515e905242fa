package kz.tendik.programs.results;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Indicators, downloads, the demo cohort's impact, and the open participation figures (anonymous). */
@IntegrationTest
class ResultsApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void theDemoAcademyShowsAMeasuredChangeOnItsProgrammePage() throws Exception {
        mvc.perform(get("/programme-results").with(users.as("analyst")).param("lang", "kk")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Әйел кәсіпкерлер академиясы")));
        String json = mvc.perform(get("/api/v1/programme-indicators").with(users.as("programmes")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(json).contains("\"dimension\":\"ageBand\"").doesNotContain("Айгерім");
        List<Number> followedUp = JsonPath.read(json, "$.cohort[?(@.label == 'AWE Almaty 1')].followedUp");
        List<Number> started = JsonPath.read(json, "$.cohort[?(@.label == 'AWE Almaty 1')].businessesStarted");
        assertThat(followedUp.get(0).intValue()).as("the demo outcomes are counted").isPositive();
        assertThat(started.get(0).intValue()).isBetween(1, followedUp.get(0).intValue());
        mvc.perform(get("/api/v1/regions/KZ-75/programme-impact").with(users.as("analyst")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.funnel.surveyedTwice").isNumber());
        long academy = jdbc.sql("SELECT programme_id FROM cohort WHERE name = 'AWE Almaty 1'").query(Long.class).single();
        String impact = mvc.perform(get("/api/v1/programmes/" + academy + "/impact").with(users.as("programmes")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String gem = "$.measures[?(@.instrumentCode == 'gender-attitudes')]";
        List<Number> n = JsonPath.read(impact, gem + ".n");
        List<Number> change = JsonPath.read(impact, gem + ".score.means.result.difference");
        List<Number> before = JsonPath.read(impact, gem + ".score.means.result.before");
        assertThat(n.get(0).intValue()).as("every demo participant answered before and after").isEqualTo(5);
        assertThat(before.get(0).doubleValue()).as("a middling start on a 12-36 scale").isBetween(19.0, 27.0);
        assertThat(change.get(0).doubleValue()).as("a moderate move towards equitable views").isBetween(1.0, 6.0);
        mvc.perform(get("/programme-results/programmes/" + academy + "/impact").with(users.as("programmes"))
                        .param("lang", "ru")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Критерий Мак-Немара")));
        mvc.perform(get("/programme-results/regions/KZ-75/impact").with(users.as("analyst")).param("lang", "kk"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Алматы")));
        mvc.perform(get("/programme-results/regions/KZ-00/impact").with(users.as("analyst")))
                .andExpect(status().isNotFound());
    }

    @Test
    void downloadsComeAsCsvAndXlsxWithTranslatedHeaders() throws Exception {
        mvc.perform(get("/programme-results/indicators.csv").with(users.as("programmes")).param("lang", "ru"))
                .andExpect(status().isOk()).andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(content().string(containsString("Доля завершивших")));
        byte[] xlsx = mvc.perform(get("/programme-results/indicators.xlsx").with(users.as("programmes")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(xlsx).startsWith('P', 'K');
    }

    @Test
    void theEndpointsAreInTheOpenApiDescription() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/cohorts/{id}/surveys/{roundId}/responses")))
                .andExpect(content().string(containsString("/api/v1/cohorts/{id}/impact")))
                .andExpect(content().string(containsString("/api/v1/programmes/{id}/impact")))
                .andExpect(content().string(containsString("/api/v1/open/programmes/participation")));
    }

    /** Every programme endpoint is described with a summary, under the programme tags. */
    @Test
    void theProgrammeEndpointsAreDescribedWithTagsAndSummaries() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        Map<String, String> described = Map.ofEntries(
                Map.entry("/api/v1/programmes", "get"), Map.entry("/api/v1/cohorts", "post"),
                Map.entry("/api/v1/cohorts/{id}/enrolments", "post"), Map.entry("/api/v1/cohorts/{id}/attendance", "post"),
                Map.entry("/api/v1/cohorts/{id}/surveys", "post"), Map.entry("/api/v1/cohorts/{id}/outcomes", "post"),
                Map.entry("/api/v1/cohorts/{id}/impact", "get"), Map.entry("/api/v1/programme-indicators", "get"),
                Map.entry("/api/v1/certificates/{code}", "get"), Map.entry("/api/v1/cohorts/{id}/certificates", "post"),
                Map.entry("/api/v1/cohorts/{id}/completion", "get"),
                Map.entry("/api/v1/open/programmes/participation", "get"));
        described.forEach((path, method) -> {
            String operation = "$.paths['" + path + "']." + method;
            List<String> summary = List.of(JsonPath.<String>read(docs, operation + ".summary"));
            List<String> tags = JsonPath.read(docs, operation + ".tags");
            assertThat(summary.get(0)).as(method + " " + path).isNotBlank();
            assertThat(tags).as(method + " " + path).hasSize(1).isSubsetOf(List.of("Programmes", "Cohorts",
                    "Participant progress", "Outcomes", "Certificates", "Surveys", "Programme results"));
        });
        List<String> tagNames = JsonPath.read(docs, "$.tags[*].name");
        assertThat(tagNames).contains("Programmes", "Cohorts", "Participant progress", "Outcomes", "Certificates",
                "Surveys", "Programme results");
    }

    @Test
    void theOpenParticipationFiguresNeedNoSignInAndHoldNoNames() throws Exception {
        mvc.perform(get("/api/v1/open/programmes/participation")).andExpect(status().isOk())
                .andExpect(jsonPath("$.suppressionThreshold").value(5))
                .andExpect(content().string(not(containsString("Айгерім"))))
                .andExpect(content().string(not(containsString("birth"))));
    }
}
