package kz.tendik.programs.survey;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The participant's one-time link (no account: it shows only the questions and works once), the staff's phone
 * form and impact page, and custom instruments (draft, publish, final once published).
 */
@IntegrationTest
class SurveyLinkAndPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    SurveyFixtures fx() {
        return new SurveyFixtures(mvc, users);
    }

    /** A round closing tomorrow: its links work until the end of tomorrow in Almaty (19:00 UTC), not UTC midnight. */
    @Test
    void aLinkEndsWhenTheRoundsLastDayEndsInKazakhstan() throws Exception {
        long[] c = new long[1];
        long enrolment = fx().cohortWith(1, c).get(0);
        LocalDate today = SurveyFixtures.today();
        long round = fx().round(c[0], "PRE", "wife-beating-attitudes", today, today.plusDays(1));
        String expiresAt = JsonPath.read(fx().postJson("/api/v1/cohorts/" + c[0] + "/surveys/" + round + "/links",
                "facilitator", "{\"enrolmentId\": " + enrolment + ", \"language\": \"ru\"}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.expiresAt");
        java.time.Instant endOfLastDay = today.plusDays(2).atStartOfDay(java.time.ZoneId.of("Asia/Almaty")).toInstant();
        assertThat(java.time.Instant.parse(expiresAt)).isEqualTo(endOfLastDay);
        assertThat(jdbc.sql("SELECT max(expires_at) FROM survey_link WHERE enrolment_id = ?").param(enrolment)
                .query(java.sql.Timestamp.class).single().toInstant()).isEqualTo(endOfLastDay);
    }

    @Test
    void aOneTimeLinkOpensOnlyTheFormInHerLanguageAndWorksOnce() throws Exception {
        long[] c = new long[1];
        long enrolment = fx().cohortWith(1, c).get(0);
        long cohort = c[0];
        LocalDate today = SurveyFixtures.today();
        long round = fx().round(cohort, "PRE", "wife-beating-attitudes", today, today.plusDays(3));
        String path = JsonPath.read(fx().postJson("/api/v1/cohorts/" + cohort + "/surveys/" + round + "/links",
                "facilitator", "{\"enrolmentId\": " + enrolment + ", \"language\": \"kk\"}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.path");
        assertThat(path).matches("/survey/[A-Za-z0-9_-]{22}");
        assertThat(jdbc.sql("SELECT count(*) FROM survey_link WHERE enrolment_id = ? AND position(convert_to(?, 'UTF8') IN token_sha256) > 0")
                .params(enrolment, path.substring(8)).query(Long.class).single()).as("only a hash is stored").isZero();

        mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl(path + "?lang=kk"));
        mvc.perform(get(path).param("lang", "kk")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Әйелі тамақты күйдіріп алса")))
                .andExpect(content().string(not(containsString("Қатысушы "))));

        mvc.perform(post(path).with(csrf()).param("lang", "kk").param("answers[burns-food]", "5"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Кейбір жауаптар жоқ немесе жарамсыз")));
        assertThat(responses(round)).isZero();
        mvc.perform(post(path).with(csrf()).param("lang", "en").param("answers[burns-food]", "0")
                        .param("answers[argues-with-him]", "0").param("answers[goes-out-without-telling]", "1")
                        .param("answers[neglects-children]", "0").param("answers[refuses-sex]", "0"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Your answers have been saved")));
        assertThat(jdbc.sql("SELECT channel FROM survey_response WHERE round_id = ? AND enrolment_id = ?")
                .params(round, enrolment).query(String.class).single()).isEqualTo("LINK");
        mvc.perform(get(path).param("lang", "en")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("This link no longer works")));
        mvc.perform(post(path).with(csrf()).param("answers[burns-food]", "0")).andExpect(status().isNotFound());
        mvc.perform(get("/survey/AAAAAAAAAAAAAAAAAAAAAA").param("lang", "ru")).andExpect(status().isNotFound());
        assertThat(responses(round)).isEqualTo(1);
    }

    private long responses(long round) {
        return jdbc.sql("SELECT count(*) FROM survey_response WHERE round_id = ?").param(round).query(Long.class).single();
    }

    @Test
    void theFacilitatorFillsInThePhoneFormAndSeesTheImpactPage() throws Exception {
        long[] c = new long[1];
        List<Long> people = fx().cohortWith(2, c);
        long cohort = c[0];
        LocalDate today = SurveyFixtures.today();
        long round = fx().round(cohort, "PRE", "gender-attitudes", today, today);
        String form = "/cohorts/" + cohort + "/surveys/" + round + "/form/" + people.get(0);
        mvc.perform(get(form).with(users.as("facilitator")).param("lang", "ru")).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"answers[share-housework]\"")));
        mvc.perform(post("/cohorts/" + cohort + "/surveys/" + round + "/responses").with(users.as("facilitator")).with(csrf())
                        .param("enrolmentId", String.valueOf(people.get(0))).param("answers[share-housework]", "9"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Выберите один из предложенных ответов")));
        assertThat(responses(round)).isZero();
        var request = post("/cohorts/" + cohort + "/surveys/" + round + "/responses").with(users.as("facilitator"))
                .with(csrf()).param("enrolmentId", String.valueOf(people.get(0)));
        for (String code : List.of("care-is-mothers-job", "decide-children-together", "man-has-final-say",
                "tolerate-violence-for-family", "share-housework", "husband-decides-money", "sometimes-deserves-beating",
                "father-stays-involved", "violence-is-private", "wife-cannot-refuse-sex", "equal-right-to-work",
                "contraception-womans-job")) {
            request.param("answers[" + code + "]", "2");
        }
        mvc.perform(request).andExpect(status().isFound());
        assertThat(responses(round)).isEqualTo(1);
        mvc.perform(get("/cohorts/" + cohort + "/impact").with(users.as("facilitator")).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nobody answered both the survey before and the survey after.")));
        mvc.perform(get("/cohorts/" + cohort + "/surveys").with(users.as("facilitator")).param("lang", "kk"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Бағдарламаға дейін")));
        long closed = fx().round(cohort, "POST", "gender-attitudes", today.minusDays(9), today.minusDays(2));
        mvc.perform(post("/cohorts/" + cohort + "/surveys/" + closed + "/links").with(users.as("facilitator")).with(csrf())
                        .param("lang", "en").param("enrolmentId", String.valueOf(people.get(1))).param("language", "kk"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This round takes answers only from " + today.minusDays(9)
                        + " to " + today.minusDays(2) + ".")));
    }

    @Test
    void aCustomInstrumentIsADraftUntilPublishedAndThenFinal() throws Exception {
        String code = "trust-" + SurveyFixtures.unique();
        String draft = """
                {"code": "%s", "titleKk": "Сенім", "titleRu": "Доверие", "titleEn": "Trust", "scale": "AGREE_3",
                 "items": [{"kk": "Әйел көмек сұрай алады", "ru": "Женщина может попросить помощи",
                            "en": "A woman can ask for help", "reverseScored": true},
                           {"kk": "Отбасы ісі — жасырын іс", "ru": "Семейное дело — тайна", "en": "Family matters are secret"}],
                 "bands": [{"from": 2, "kk": "Төмен", "ru": "Низкий", "en": "Low"},
                           {"from": 5, "kk": "Жоғары", "ru": "Высокий", "en": "High"}]}""".formatted(code);
        fx().postJson("/api/v1/survey-instruments", "programmes", draft).andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(1)).andExpect(jsonPath("$.items[0].reverseScored").value(true));
        fx().postJson("/api/v1/survey-instruments", "programmes", """
                {"code": "Bad Code", "scale": "AGREE_3", "items": [{"kk": "a"}],
                 "bands": [{"from": 99, "kk": "x", "ru": "x", "en": "x"}]}""")
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("code", "titleKk", "titleRu",
                        "titleEn", "items[0].ru", "items[0].en", "bands[0].from")));
        long[] c = new long[1];
        fx().cohortWith(1, c);
        LocalDate today = SurveyFixtures.today();
        fx().postJson("/api/v1/cohorts/" + c[0] + "/surveys", "facilitator", """
                {"kind": "PRE", "instrumentCode": "%s", "opensOn": "%s", "closesOn": "%s"}""".formatted(code, today, today))
                .andExpect(status().is4xxClientError()).andExpect(jsonPath("$.errors[0].field").value("instrumentCode"));
        mvc.perform(post("/api/v1/survey-instruments/" + code + "/versions/1/publication").with(users.as("programmes")))
                .andExpect(status().isOk());
        assertThatThrownBy(() -> jdbc.sql("UPDATE survey_instrument SET definition = '{}' WHERE code = ?").param(code)
                .update()).hasMessageContaining("published");
        fx().postJson("/api/v1/survey-instruments", "programmes", draft).andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(2));
        fx().round(c[0], "PRE", code, today, today);
        mvc.perform(get("/survey-instruments").with(users.as("programmes")).param("lang", "ru"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Доверие")))
                .andExpect(content().string(containsString("Черновик")));
    }
}
