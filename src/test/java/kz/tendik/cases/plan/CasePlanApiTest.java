package kz.tendik.cases.plan;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import com.jayway.jsonpath.JsonPath;
import kz.tendik.cases.CaseTestData;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static kz.tendik.cases.CaseTestData.auditEntries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CasePlanApiTest {

    private static final String CASEWORKER = "caseworker.astana";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Almaty"));

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String user, String body) {
        return request.with(users.as(user)).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static String plan(int version, String goals, LocalDate plannedOn, LocalDate reviewOn) {
        return """
                {"version": %d, "goals": "%s", "plannedOn": "%s", "nextReviewOn": "%s",
                 "survivorAgreed": true, "agreedOn": "%s",
                 "services": [{"purpose": "PSYCHOLOGICAL", "providedBy": "CENTRE", "targetOn": "%s"},
                              {"purpose": "LEGAL", "providedBy": "REFERRAL", "targetOn": "%s"}]}"""
                .formatted(version, goals, plannedOn, reviewOn, plannedOn, TODAY.plusDays(14), TODAY.minusDays(3));
    }

    private String stage(long caseId) throws Exception {
        return JsonPath.read(mvc.perform(get("/api/v1/cases/" + caseId).with(users.as(CASEWORKER)))
                .andReturn().getResponse().getContentAsString(), "$.stage");
    }

    @Test
    void aPlanIsWrittenReadBackMovesTheStageAndAStaleChangeIs409AndLosesNothing() throws Exception {
        long caseId = CaseTestData.openCase(mvc, users, CASEWORKER);
        String url = "/api/v1/cases/" + caseId + "/case-plan";
        mvc.perform(get(url).with(users.as(CASEWORKER))).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(0));
        assertThat(stage(caseId)).isEqualTo("NEW");

        mvc.perform(json(put(url), CASEWORKER, plan(0, "Найти жильё и работу", TODAY, TODAY.plusMonths(1))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.services.length()").value(2));
        mvc.perform(get(url).with(users.as(CASEWORKER)))
                .andExpect(jsonPath("$.goals").value("Найти жильё и работу"))
                .andExpect(jsonPath("$.services[0].purpose").value("PSYCHOLOGICAL"))
                .andExpect(jsonPath("$.services[1].providedBy").value("REFERRAL"))
                .andExpect(jsonPath("$.services[1].targetOn").value(TODAY.minusDays(3).toString()))
                .andExpect(jsonPath("$.survivorAgreed").value(true))
                .andExpect(jsonPath("$.reviewedAt").doesNotExist());
        assertThat(stage(caseId)).isEqualTo("CASE_PLAN");
        // the list's stage filter (SQL) agrees with the case (Java)
        String listed = mvc.perform(get("/api/v1/cases").param("stage", "CASE_PLAN").with(users.as(CASEWORKER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Number>>read(listed, "$.items[*].id")).extracting(Number::longValue).contains(caseId);
        assertThat(JsonPath.<List<String>>read(listed, "$.items[*].stage")).containsOnly("CASE_PLAN");
        assertThat(jdbc.sql("SELECT count(*) FROM case_event WHERE case_id = ? AND type = 'CASE_PLAN_UPDATED'")
                .param(caseId).query(Long.class).single()).isEqualTo(1);

        // a second writer who read version 0 is refused and nothing is overwritten
        mvc.perform(json(put(url), "supervisor.astana", plan(0, "Другое", TODAY, TODAY.plusMonths(2))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(1));
        mvc.perform(get(url).with(users.as(CASEWORKER)))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.goals").value("Найти жильё и работу"));
        assertThat(auditEntries(jdbc, "case-plan.update", "case", caseId)).isEqualTo(1);
        assertThat(auditEntries(jdbc, "case-plan.read", "case", caseId)).isGreaterThanOrEqualTo(3);
    }

    @Test
    void badInputIsRefusedNamingEveryFieldInTheUsersLanguageAndNothingIsStored() throws Exception {
        long caseId = CaseTestData.openCase(mvc, users, CASEWORKER);
        String url = "/api/v1/cases/" + caseId + "/case-plan";
        String bad = """
                {"version": 0, "goals": "  ", "plannedOn": "%s", "nextReviewOn": "%s", "survivorAgreed": true,
                 "agreedOn": "%s",
                 "services": [{"purpose": "MASSAGE", "providedBy": "CENTRE", "targetOn": "%s"},
                              {"purpose": "LEGAL", "providedBy": "NEIGHBOUR", "targetOn": "soon"}]}"""
                .formatted(TODAY, TODAY.minusDays(1), TODAY, TODAY);
        mvc.perform(json(put(url), CASEWORKER, bad).locale(Locale.forLanguageTag("kk")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("goals", "nextReviewOn",
                        "services[0].purpose", "services[1].providedBy", "services[1].targetOn")))
                .andExpect(jsonPath("$.errors[?(@.field == 'nextReviewOn')].message")
                        .value(hasItem("Қайта қарау күні жоспар құрылған күннен ерте болмауы керек.")));
        mvc.perform(json(put(url), CASEWORKER, """
                        {"version": 0, "goals": "Цели", "plannedOn": "%s", "nextReviewOn": "%s",
                         "survivorAgreed": true, "agreedOn": "%s", "services": []}""".formatted(TODAY, TODAY, TODAY))
                        .locale(Locale.forLanguageTag("ru")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("services")))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Прежде чем отмечать согласие пострадавшего, запланируйте хотя бы одну услугу."));
        assertThat(jdbc.sql("SELECT count(*) FROM case_plan WHERE case_id = ?").param(caseId).query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT case_plan_recorded FROM case_file WHERE id = ?").param(caseId)
                .query(Boolean.class).single()).isFalse();
    }

    @Test
    void aCaseworkerCannotReviewASupervisorWhoDidNotChangeItLastCanAndAChangeClearsTheReview() throws Exception {
        long caseId = CaseTestData.openCase(mvc, users, CASEWORKER);
        String url = "/api/v1/cases/" + caseId + "/case-plan";
        mvc.perform(json(put(url), CASEWORKER, plan(0, "Цели", TODAY, TODAY.plusMonths(1)))).andExpect(status().isOk());

        mvc.perform(json(post(url + "/review"), CASEWORKER, "{\"version\": 1}").locale(Locale.forLanguageTag("ru")))
                .andExpect(status().isForbidden());
        mvc.perform(json(post(url + "/review"), "supervisor.astana", "{\"version\": 0}"))
                .andExpect(status().isConflict());
        mvc.perform(json(post(url + "/review"), "supervisor.astana", "{\"version\": 1}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reviewedByName").isNotEmpty())
                .andExpect(jsonPath("$.reviewedAt").isNotEmpty());
        assertThat(auditEntries(jdbc, "case-plan.review", "case", caseId)).isEqualTo(1);

        // the supervisor changes the plan: the review is cleared, and the author may not review it
        mvc.perform(json(put(url), "supervisor.astana", plan(1, "Цели и жильё", TODAY, TODAY.plusMonths(1))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reviewedAt").doesNotExist());
        mvc.perform(json(post(url + "/review"), "supervisor.astana", "{\"version\": 2}")
                        .locale(Locale.forLanguageTag("kk")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Бұл жоспарды соңғы рет өзіңіз өзгерттіңіз; оны басқа супервизор немесе орталық басшысы қарап шығуы керек."));
        mvc.perform(json(post(url + "/review"), "manager.astana", "{\"version\": 2}")).andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT count(*) FROM case_event WHERE case_id = ? AND type = 'CASE_PLAN_REVIEWED'")
                .param(caseId).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aReviewDateInThePastPutsTheCaseAmongTheCaseworkersOverdueWork() throws Exception {
        long caseId = CaseTestData.openCase(mvc, users, CASEWORKER);
        mvc.perform(json(put("/api/v1/cases/" + caseId + "/case-plan"), CASEWORKER,
                        plan(0, "Цели", TODAY.minusDays(30), TODAY.minusDays(2))))
                .andExpect(status().isOk());
        String due = mvc.perform(get("/api/v1/cases/work/plan-reviews-due").with(users.as(CASEWORKER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Object> codes = JsonPath.read(due, "$.items[?(@.caseId == " + caseId + ")].code");
        assertThat(codes).containsExactly("2");
        // the home's part and its own page show it in the user's language
        for (String page : List.of("/", "/cases/work/plan-reviews-due")) {
            mvc.perform(get(page).with(users.as(CASEWORKER)).locale(Locale.forLanguageTag("ru")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Просрочен пересмотр плана помощи")));
        }
        mvc.perform(get("/cases/work/plan-reviews-due").with(users.as(CASEWORKER)).locale(Locale.forLanguageTag("ru")))
                .andExpect(content().string(containsString("просрочено дней: 2")));
        String other = mvc.perform(get("/api/v1/cases/work/plan-reviews-due").with(users.as("caseworker.almaty")))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Number>>read(other, "$.items[*].caseId")).extracting(Number::longValue)
                .doesNotContain(caseId);
    }
}
