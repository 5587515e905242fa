package kz.tendik.programs.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Survey rounds and responses through the API, and the impact analysis of the stored responses checked against
 * reference values computed independently with SciPy 1.17.1 (see {@link #theImpactOfStoredResponsesEqualsSciPy}).
 */
@IntegrationTest
class SurveyApiTest {

    static final double TOLERANCE = 1e-6;

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    SurveyFixtures fx() {
        return new SurveyFixtures(mvc, users);
    }

    /**
     * Eight participants answer before and after (a ninth only before). Scale totals before
     * 18 21 15 24 20 17 22 19, after 22 24 17 27 20 21 25 23. Reference values computed independently with
     * Python 3 and SciPy 1.17.1:
     * <pre>
     * d = post - pre; n = 8; sd = d.std(ddof=1)
     * mean(pre) = 19.5, mean(post) = 22.375, mean(d) = 2.875
     * mean(d) -+ stats.t.ppf(0.975, 7) * sd / sqrt(8) = 1.7411861840 .. 4.0088138160
     * stats.ttest_rel(post, pre) -> t = 5.9959533279, p = 0.000544451545099
     * stats.wilcoxon(d, zero_method='wilcox', correction=True, method='approx') -> p = 0.0206002990863 (ties)
     *   W+ = 28 (sum of the ranks of the positive differences)
     * d_z = mean(d) / sd = 2.1198896289
     * bands (low from 12, moderate from 20, high from 28): 3 of 8 move up -> 0.375
     * McNemar, "burns the food" yes before for 4, after for 1 (3 yes -> no, 0 no -> yes):
     *   stats.binomtest(3, 3, 0.5).pvalue = 0.25
     * "agrees with at least one reason": 4 yes -> no, 1 no -> yes: stats.binomtest(4, 5, 0.5).pvalue = 0.375
     * </pre>
     */
    /**
     * A follow-up round: the same eight before as above (18 21 15 24 20 17 22 19), at the follow-up
     * 20 23 15 26 19 19 24 21. SciPy 1.17.1, d = follow_up - pre:
     * <pre>
     * mean(d) = 1.375; 95 % CI 0.3820287415 .. 2.3679712585; ttest_rel: t = 3.2743730678, p = 0.013592094698412
     * wilcoxon(d, zero_method='wilcox', correction=True, method='approx').pvalue = 0.0238977106795; d_z = 1.1576657002
     * </pre>
     * The before → after figures stay as they were; without a follow-up round there is none.
     */
    @Test
    void aFollowUpRoundIsComparedWithBeforeAsSciPyDoes() throws Exception {
        long[] c = new long[1];
        List<Long> people = fx().cohortWith(8, c);
        long cohort = c[0];
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Almaty"));
        long pre = fx().round(cohort, "PRE", "gender-attitudes", today.minusDays(1), today.plusDays(1));
        long post = fx().round(cohort, "POST", "gender-attitudes", today, today.plusDays(5));
        int[] before = {18, 21, 15, 24, 20, 17, 22, 19};
        int[] after = {22, 24, 17, 27, 20, 21, 25, 23};
        for (int i = 0; i < 8; i++) {
            fx().answer(cohort, pre, people.get(i), SurveyFixtures.gem(before[i]));
            fx().answer(cohort, post, people.get(i), SurveyFixtures.gem(after[i]));
        }
        String withoutFollowUp = mvc.perform(get("/api/v1/cohorts/" + cohort + "/impact").with(users.as("facilitator")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((Map<?, ?>) JsonPath.read(withoutFollowUp, "$.followUp[0]")).isEmpty();

        long followUp = fx().round(cohort, "FOLLOW_UP", "gender-attitudes", today, today.plusDays(5));
        int[] later = {20, 23, 15, 26, 19, 19, 24, 21};
        for (int i = 0; i < 8; i++) {
            fx().answer(cohort, followUp, people.get(i), SurveyFixtures.gem(later[i]));
        }
        String json = mvc.perform(get("/api/v1/cohorts/" + cohort + "/impact").with(users.as("facilitator")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(number(json, "$.measures[0].score.means.result.difference")).isCloseTo(2.875, within(TOLERANCE));
        String f = "$.followUp[0]";
        assertThat(number(json, f + ".n")).isEqualTo(8);
        assertThat(number(json, f + ".score.means.result.before")).isCloseTo(19.5, within(TOLERANCE));
        assertThat(number(json, f + ".score.means.result.after")).isCloseTo(20.875, within(TOLERANCE));
        assertThat(number(json, f + ".score.means.result.difference")).isCloseTo(1.375, within(TOLERANCE));
        assertThat(number(json, f + ".score.meanDifferenceInterval.result.lower")).isCloseTo(0.3820287415, within(TOLERANCE));
        assertThat(number(json, f + ".score.meanDifferenceInterval.result.upper")).isCloseTo(2.3679712585, within(TOLERANCE));
        assertThat(number(json, f + ".score.tTest.result.t")).isCloseTo(3.2743730678, within(TOLERANCE));
        assertThat(number(json, f + ".score.tTest.result.p")).isCloseTo(0.013592094698412, within(TOLERANCE));
        assertThat(number(json, f + ".score.signedRank.result.p")).isCloseTo(0.0238977106795, within(TOLERANCE));
        assertThat(number(json, f + ".score.cohensDz.result")).isCloseTo(1.1576657002, within(TOLERANCE));

        String page = mvc.perform(get("/cohorts/" + cohort + "/impact").with(users.as("facilitator"))
                        .locale(java.util.Locale.forLanguageTag("ru")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("До программы и при повторном опросе", "1,38", "2,88");
    }

    @Test
    void theImpactOfStoredResponsesEqualsSciPy() throws Exception {
        long[] c = new long[1];
        List<Long> people = fx().cohortWith(9, c);
        long cohort = c[0];
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Almaty"));
        long gemBefore = fx().round(cohort, "PRE", "gender-attitudes", today.minusDays(1), today.plusDays(1));
        long gemAfter = fx().round(cohort, "POST", "gender-attitudes", today, today.plusDays(5));
        long dhsBefore = fx().round(cohort, "PRE", "wife-beating-attitudes", today.minusDays(1), today.plusDays(1));
        long dhsAfter = fx().round(cohort, "POST", "wife-beating-attitudes", today, today.plusDays(5));
        int[] before = {18, 21, 15, 24, 20, 17, 22, 19};
        int[] after = {22, 24, 17, 27, 20, 21, 25, 23};
        String[][] dhsBeforeYes = {{"burns-food"}, {"burns-food"}, {"burns-food", "refuses-sex"}, {"burns-food"},
                {"argues-with-him"}, {}, {}, {}};
        String[][] dhsAfterYes = {{"burns-food"}, {}, {}, {}, {}, {"argues-with-him"}, {}, {}};
        for (int i = 0; i < 8; i++) {
            fx().answer(cohort, gemBefore, people.get(i), SurveyFixtures.gem(before[i]));
            fx().answer(cohort, gemAfter, people.get(i), SurveyFixtures.gem(after[i]));
            fx().answer(cohort, dhsBefore, people.get(i), SurveyFixtures.dhs(dhsBeforeYes[i]));
            fx().answer(cohort, dhsAfter, people.get(i), SurveyFixtures.dhs(dhsAfterYes[i]));
        }
        fx().answer(cohort, gemBefore, people.get(8), SurveyFixtures.gem(30));

        String json = mvc.perform(get("/api/v1/cohorts/" + cohort + "/impact").with(users.as("facilitator")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((Integer) JsonPath.read(json, "$.funnel.enrolled")).isEqualTo(9);
        assertThat((Integer) JsonPath.read(json, "$.funnel.surveyedBefore")).isEqualTo(9);
        assertThat((Integer) JsonPath.read(json, "$.funnel.surveyedTwice")).isEqualTo(8);
        String gem = "$.measures[?(@.instrumentCode == 'gender-attitudes')]";
        assertThat(number(json, gem + ".n")).isEqualTo(8);
        assertThat(number(json, gem + ".score.means.result.before")).isCloseTo(19.5, within(TOLERANCE));
        assertThat(number(json, gem + ".score.means.result.after")).isCloseTo(22.375, within(TOLERANCE));
        assertThat(number(json, gem + ".score.means.result.difference")).isCloseTo(2.875, within(TOLERANCE));
        assertThat(number(json, gem + ".score.meanDifferenceInterval.result.lower")).isCloseTo(1.7411861840, within(TOLERANCE));
        assertThat(number(json, gem + ".score.meanDifferenceInterval.result.upper")).isCloseTo(4.0088138160, within(TOLERANCE));
        assertThat(number(json, gem + ".score.tTest.result.t")).isCloseTo(5.9959533279, within(TOLERANCE));
        assertThat(number(json, gem + ".score.tTest.result.p")).isCloseTo(0.000544451545099, within(TOLERANCE));
        assertThat(number(json, gem + ".score.signedRank.result.p")).isCloseTo(0.0206002990863, within(TOLERANCE));
        assertThat(number(json, gem + ".score.signedRank.result.wPlus")).isCloseTo(28.0, within(TOLERANCE));
        assertThat(number(json, gem + ".score.cohensDz.result")).isCloseTo(2.1198896289, within(TOLERANCE));
        assertThat(number(json, gem + ".bands.moreEquitable")).isEqualTo(3);
        assertThat(number(json, gem + ".bands.shareMoreEquitable.result")).isCloseTo(0.375, within(TOLERANCE));
        String dhs = "$.measures[?(@.instrumentCode == 'wife-beating-attitudes')]";
        assertThat(number(json, dhs + ".yesNoItems['burns-food'].yesToNo")).isEqualTo(3);
        assertThat(number(json, dhs + ".yesNoItems['burns-food'].noToYes")).isEqualTo(0);
        assertThat(number(json, dhs + ".yesNoItems['burns-food'].mcNemar.result.p")).isCloseTo(0.25, within(TOLERANCE));
        String indicator = dhs + ".indicators['justifies-any']";
        assertThat(number(json, indicator + ".yesToNo")).isEqualTo(4);
        assertThat(number(json, indicator + ".noToYes")).isEqualTo(1);
        assertThat(number(json, indicator + ".mcNemar.result.p")).isCloseTo(0.375, within(TOLERANCE));
    }

    static double number(String json, String path) {
        Object value = JsonPath.read(json, path);
        if (value instanceof List<?> list) {
            assertThat(list).as(path).hasSize(1);
            value = list.get(0);
        }
        return ((Number) value).doubleValue();
    }

    @Test
    void aWrongResponseNamesEveryProblemAndStoresNothing() throws Exception {
        long[] c = new long[1];
        List<Long> people = fx().cohortWith(1, c);
        long cohort = c[0];
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Almaty"));
        long closed = fx().round(cohort, "PRE", "wife-beating-attitudes", today.minusDays(20), today.minusDays(10));
        long[] other = new long[1];
        long stranger = fx().cohortWith(1, other).get(0);
        mvc.perform(post("/api/v1/cohorts/" + cohort + "/surveys/" + closed + "/responses").with(users.as("facilitator"))
                        .header("Accept-Language", "ru").contentType(MediaType.APPLICATION_JSON).content("""
                                {"enrolmentId": %d, "answers": {"burns-food": 7, "argues-with-him": 0,
                                 "goes-out-without-telling": 0, "neglects-children": 0, "refuses-sex": 1,
                                 "no-such-item": 1}}""".formatted(stranger)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("roundId", "enrolmentId",
                        "answers[burns-food]", "answers[no-such-item]")))
                .andExpect(jsonPath("$.errors[?(@.field == 'enrolmentId')].message")
                        .value("Этот человек не зачислен в группу."));
        assertThat(jdbc.sql("SELECT count(*) FROM survey_response WHERE round_id = ?").param(closed)
                .query(Long.class).single()).isZero();
        assertThat(people).hasSize(1);
    }

    @Test
    void aParticipantAnswersARoundOnceAndBeforeAndAfterUseOneVersion() throws Exception {
        long[] c = new long[1];
        long enrolment = fx().cohortWith(1, c).get(0);
        long cohort = c[0];
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Almaty"));
        long before = fx().round(cohort, "PRE", "wife-beating-attitudes", today, today);
        fx().answer(cohort, before, enrolment, SurveyFixtures.dhs());
        fx().postJson("/api/v1/cohorts/" + cohort + "/surveys/" + before + "/responses", "facilitator",
                "{\"enrolmentId\": " + enrolment + ", \"answers\": " + SurveyFixtures.dhs("refuses-sex") + "}")
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.errors[0].field").value("enrolmentId"));
        fx().postJson("/api/v1/cohorts/" + cohort + "/surveys", "facilitator", """
                {"kind": "PRE", "instrumentCode": "wife-beating-attitudes", "opensOn": "%s", "closesOn": "%s"}"""
                .formatted(today, today.minusDays(1)))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("kind", "closesOn")));
        mvc.perform(get("/api/v1/cohorts/" + cohort + "/surveys/" + before + "/responses").with(users.as("facilitator")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].instrumentVersion").value(1))
                .andExpect(jsonPath("$[0].indicators.*").value(containsInAnyOrder(false)));
    }
}
