package kz.tendik.cases.work;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import kz.tendik.cases.CaseTestData;
import kz.tendik.cases.CaseTestData.Person;
import kz.tendik.cases.risk.RiskInstruments;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The caseworker home and the filtered case lists through HTTP: a case with an overdue follow-up, a protective order
 * ending in four days, a high risk assessment without a safety plan and an incident recorded after it shows in every
 * part for its caseworker and her supervisor, never for another centre's caseworker; lines carry the case number
 * and initials, never the name; the filters narrow in SQL; reads are audited.
 */
@IntegrationTest
class CaseWorkTest {

    private static final ZoneId KZ = ZoneId.of("Asia/Almaty");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RiskInstruments instruments;

    private Person person;
    private long caseId;

    @BeforeEach
    void aCaseThatNeedsEverything() throws Exception {
        person = CaseTestData.person();
        caseId = CaseTestData.openCase(mvc, users, "caseworker.astana", person);
        LocalDate today = LocalDate.now(KZ);
        send(post("/api/v1/cases/" + caseId + "/follow-ups"), """
                {"title": "Позвонить %s", "dueOn": "%s"}""".formatted(person.name(), today.minusDays(3)), 201);
        send(post("/api/v1/cases/" + caseId + "/protective-measures"), """
                {"type": "PROTECTIVE_ORDER", "startsAt": "%sT09:00"}""".formatted(today.minusDays(26)), 201);
        String answers = instruments.standard().questions().stream()
                .map(q -> "\"" + q.code() + "\": \"YES\"").collect(Collectors.joining(", "));
        send(post("/api/v1/cases/" + caseId + "/risk-assessments"), "{\"answers\": {" + answers + "}}", 201);
        send(post("/api/v1/cases/" + caseId + "/incidents"), """
                {"incidentDate": "%s", "reportDate": "%s", "timeOfDay": "EVENING_OR_NIGHT", "regionCode": "KZ-71",
                 "locationType": "SHARED_HOME", "answers": {"RAPE": false, "SEXUAL_ASSAULT": false, "PHYSICAL_ASSAULT": true},
                 "perpetrators": [{"primary": true, "relationship": "SPOUSE", "sex": "MALE", "ageGroup": "AGE_26_40"}]}"""
                .formatted(today.minusDays(1), today), 201);
    }

    @Test
    void everyPartShowsTheCaseToItsCaseworkerAndSupervisorByNumberAndInitialsOnly() throws Exception {
        for (String user : List.of("caseworker.astana", "supervisor.astana", "manager.astana")) {
            String body = mvc.perform(get("/api/v1/cases/work").with(users.as(user))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            for (String section : List.of("MY_CASES", "OVERDUE_FOLLOW_UPS", "EXPIRING_MEASURES",
                    "HIGH_RISK_WITHOUT_PLAN", "ASSESSMENTS_DUE")) {
                List<Object> cases = JsonPath.read(body, "$[?(@.section == '" + section + "')].items[*].caseId");
                List<Object> totals = JsonPath.read(body, "$[?(@.section == '" + section + "')].total");
                assertThat(((Number) totals.get(0)).longValue()).as(user + " " + section).isPositive();
                if (!section.equals("MY_CASES")) {
                    // the newest case may not be among the first items of a busy part (oldest first, and other
                    // tests fill the shared database): read the part's own pages
                    cases = new java.util.ArrayList<>();
                    long total = ((Number) totals.get(0)).longValue();
                    for (int page = 0; page * CaseWork.PAGE_SIZE < total; page++) {
                        String all = mvc.perform(get("/api/v1/cases/work/"
                                        + section.toLowerCase(Locale.ROOT).replace('_', '-'))
                                .param("page", String.valueOf(page)).with(users.as(user)))
                                .andReturn().getResponse().getContentAsString();
                        cases.addAll(JsonPath.read(all, "$.items[*].caseId"));
                        assertThat(all).doesNotContain(person.name()).doesNotContain(person.iin());
                    }
                }
                assertThat(cases).as(user + " " + section).extracting(n -> ((Number) n).longValue()).contains(caseId);
            }
            assertThat(body).doesNotContain(person.name()).doesNotContain(person.iin()).doesNotContain("Позвонить")
                    .contains(initials(person));
        }
        String other = mvc.perform(get("/api/v1/cases/work").with(users.as("caseworker.almaty")))
                .andReturn().getResponse().getContentAsString();
        List<Object> seen = JsonPath.read(other, "$[*].items[*].caseId");
        assertThat(seen).extracting(n -> ((Number) n).longValue()).doesNotContain(caseId);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'case.work'").query(Long.class).single())
                .isPositive();
    }

    @Test
    void aSafetyPlanTakesTheCaseOffTheHighRiskPartAndANewAssessmentOffTheDuePart() throws Exception {
        send(put("/api/v1/cases/" + caseId + "/safety-plan"), """
                {"version": 0, "safeContacts": "Сестра", "codeWord": "Жасыл алма"}""", 200);
        String no = instruments.standard().questions().stream()
                .map(q -> "\"" + q.code() + "\": \"NO\"").collect(Collectors.joining(", "));
        send(post("/api/v1/cases/" + caseId + "/risk-assessments"), "{\"answers\": {" + no + "}}", 201);
        for (String section : List.of("high-risk-without-plan", "assessments-due")) {
            String all = mvc.perform(get("/api/v1/cases/work/" + section).with(users.as("caseworker.astana")))
                    .andReturn().getResponse().getContentAsString();
            List<Object> cases = JsonPath.read(all, "$.items[*].caseId");
            assertThat(cases).as(section).extracting(n -> ((Number) n).longValue()).doesNotContain(caseId);
        }
    }

    @Test
    void theHomePageShowsThePanelWithTheCaseNumberAndNoName() throws Exception {
        String number = jdbc.sql("SELECT case_number FROM case_file WHERE id = ?").param(caseId).query(String.class).single();
        String page = mvc.perform(get("/").param("lang", "kk").with(users.as("caseworker.astana")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Менің жұмысым", "Мерзімі өткен тапсырмалар").doesNotContain(person.name());
        String overdue = mvc.perform(get("/cases/work/overdue-follow-ups").with(users.as("caseworker.astana")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(overdue).contains(number).doesNotContain(person.name()).doesNotContain("Позвонить");
        mvc.perform(get("/cases/work/nothing-like-this").with(users.as("caseworker.astana")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/work").with(users.as("analyst"))).andExpect(status().isForbidden());
    }

    @Test
    void anEmergencyAccessFromAnotherCentreIsShownOnTheHomeOfTheCasesOwnersForThirtyDays() throws Exception {
        long almatyCase = CaseTestData.openCase(mvc, users, "caseworker.almaty", CaseTestData.person());
        String number = jdbc.sql("SELECT case_number FROM case_file WHERE id = ?").param(almatyCase)
                .query(String.class).single();
        String grant = mvc.perform(post("/api/v1/cases/" + almatyCase + "/break-glass").with(users.as("manager.astana"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Приехала ночью в кризисный центр Астаны\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long grantId = ((Number) JsonPath.read(grant, "$.id")).longValue();

        assertThat(emergencyAccess("caseworker.almaty", almatyCase)).containsExactly("OTHER_CENTRE");
        // neither the grantee (who reaches it by the grant only) nor another centre's caseworker is told
        assertThat(emergencyAccess("manager.astana", almatyCase)).isEmpty();
        assertThat(emergencyAccess("caseworker.astana", almatyCase)).isEmpty();
        String home = mvc.perform(get("/").param("lang", "ru").with(users.as("caseworker.almaty")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("Экстренный доступ к вашим делам (за последние 30 дней)", number,
                "доступ получил сотрудник другого центра").doesNotContain("кризисный центр Астаны");
        assertThat(mvc.perform(get("/cases/work/emergency-access").param("lang", "kk")
                        .with(users.as("caseworker.almaty")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains(number, "басқа орталықтың қызметкеріне қолжетімділік ашылды");

        jdbc.sql("""
                UPDATE break_glass SET granted_at = granted_at - INTERVAL '31 days',
                    expires_at = expires_at - INTERVAL '31 days' WHERE id = ?""").param(grantId).update();
        assertThat(emergencyAccess("caseworker.almaty", almatyCase)).isEmpty();
    }

    /** The codes of the emergency-access items about {@code caseId} on the user's home. */
    private List<String> emergencyAccess(String user, long caseId) throws Exception {
        String body = mvc.perform(get("/api/v1/cases/work").with(users.as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<java.util.Map<String, Object>> items = JsonPath.read(body,
                "$[?(@.section == 'EMERGENCY_ACCESS')].items[*]");
        return items.stream().filter(i -> ((Number) i.get("caseId")).longValue() == caseId)
                .map(i -> (String) i.get("code")).toList();
    }

    @Test
    void theListFiltersByRiskOverdueCaseworkerAndDatesAndShowsInitialsOnly() throws Exception {
        LocalDate today = LocalDate.now(KZ);
        String body = mvc.perform(get("/api/v1/cases").param("riskLevel", "HIGH").param("overdue", "true")
                        .param("openedFrom", today.minusDays(1).toString()).param("openedTo", today.toString())
                        .with(users.as("caseworker.astana")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Object> ids = JsonPath.read(body, "$.items[*].id");
        assertThat(ids).extracting(n -> ((Number) n).longValue()).contains(caseId);
        assertThat(body).doesNotContain(person.name()).contains(initials(person));
        List<Object> risks = JsonPath.read(body, "$.items[*].riskLevel");
        assertThat(risks).containsOnly("HIGH");

        String standard = mvc.perform(get("/api/v1/cases").param("riskLevel", "STANDARD")
                .with(users.as("caseworker.astana"))).andReturn().getResponse().getContentAsString();
        List<Object> standardIds = JsonPath.read(standard, "$.items[*].id");
        assertThat(standardIds).extracting(n -> ((Number) n).longValue()).doesNotContain(caseId);

        long almaty = jdbc.sql("SELECT id FROM app_user WHERE username = 'caseworker.almaty'").query(Long.class).single();
        long astana = jdbc.sql("SELECT id FROM app_user WHERE username = 'caseworker.astana'").query(Long.class).single();
        String byOther = mvc.perform(get("/api/v1/cases").param("caseworkerId", String.valueOf(almaty))
                .with(users.as("supervisor.astana"))).andReturn().getResponse().getContentAsString();
        assertThat(((Number) JsonPath.read(byOther, "$.total")).longValue()).isZero();
        String byHer = mvc.perform(get("/api/v1/cases").param("caseworkerId", String.valueOf(astana))
                .param("riskLevel", "HIGH").with(users.as("supervisor.astana"))).andReturn().getResponse().getContentAsString();
        List<Object> herIds = JsonPath.read(byHer, "$.items[*].id");
        assertThat(herIds).extracting(n -> ((Number) n).longValue()).contains(caseId);
        String almatys = mvc.perform(get("/api/v1/cases").param("riskLevel", "HIGH")
                .with(users.as("caseworker.almaty"))).andReturn().getResponse().getContentAsString();
        List<Object> almatyIds = JsonPath.read(almatys, "$.items[*].id");
        assertThat(almatyIds).extracting(n -> ((Number) n).longValue()).doesNotContain(caseId);

        mvc.perform(get("/api/v1/cases").param("openedFrom", "2026-05-01").param("openedTo", "2026-04-01")
                        .with(users.as("caseworker.astana")).locale(Locale.forLanguageTag("ru")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("openedTo"))
                .andExpect(jsonPath("$.errors[0].message").value("Дата окончания раньше даты начала."));

        String page = mvc.perform(get("/cases").param("risk", "HIGH").param("overdue", "true")
                .with(users.as("caseworker.astana"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        String number = jdbc.sql("SELECT case_number FROM case_file WHERE id = ?").param(caseId).query(String.class).single();
        assertThat(page).contains(number, initials(person)).doesNotContain(person.name());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'case.list' AND purpose LIKE '%risk=HIGH%'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void eachPartsOwnPagesAgreeWithTheHomeAndAPagePastTheLastStillKnowsTheTotal() throws Exception {
        for (String user : List.of("caseworker.astana", "supervisor.astana", "manager.astana")) {
            String home = mvc.perform(get("/api/v1/cases/work").with(users.as(user))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            for (WorkSection section : WorkSection.values()) {
                long total = ((Number) JsonPath.<List<Object>>read(home,
                        "$[?(@.section == '" + section.name() + "')].total").get(0)).longValue();
                List<Object> first = JsonPath.read(home, "$[?(@.section == '" + section.name() + "')].items[*].id");
                String own = mvc.perform(get("/api/v1/cases/work/" + section.slug()).with(users.as(user)))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
                assertThat(((Number) JsonPath.read(own, "$.total")).longValue()).as(user + " " + section)
                        .isEqualTo(total);
                List<Object> page = JsonPath.read(own, "$.items[*].id");
                assertThat(page).as(user + " " + section).hasSize((int) Math.min(total, CaseWork.PAGE_SIZE))
                        .startsWith(first.toArray());
                String past = mvc.perform(get("/api/v1/cases/work/" + section.slug()).param("page", "400")
                        .with(users.as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
                assertThat(((Number) JsonPath.read(past, "$.total")).longValue()).as(user + " " + section)
                        .isEqualTo(total);
                assertThat(JsonPath.<List<Object>>read(past, "$.items")).isEmpty();
            }
        }
    }

    @Test
    void theStageInSqlIsTheStageInJava() {
        boolean[] flags = {false, true};
        java.time.Instant t1 = java.time.Instant.parse("2026-01-01T00:00:00Z");
        java.time.Instant t2 = java.time.Instant.parse("2026-02-01T00:00:00Z");
        java.time.Instant[] times = {null, t1, t2};
        for (boolean assessment : flags) {
            for (boolean plan : flags) {
                for (int[] services : new int[][] {{0, 0, 0}, {2, 1, 0}, {2, 0, 2}, {1, 0, 1}, {0, 0, 1}}) {
                    for (java.time.Instant activity : times) {
                        for (java.time.Instant closed : times) {
                            for (java.time.Instant reopened : times) {
                                var facts = new kz.tendik.cases.casefile.CaseFacts(assessment, plan, services[0],
                                        services[1], services[2], activity, closed, reopened);
                                String sql = jdbc.sql("SELECT " + kz.tendik.cases.access.CaseScope.STAGE + """
                                         FROM (SELECT ?::boolean AS assessment_recorded, ?::boolean AS case_plan_recorded,
                                        ?::int AS planned_services, ?::int AS started_services, ?::int AS settled_services,
                                        ?::timestamptz AS last_activity_at, ?::timestamptz AS closed_at,
                                        ?::timestamptz AS reopened_at) c""")
                                        .params(assessment, plan, services[0], services[1], services[2], ts(activity),
                                                ts(closed), ts(reopened)).query(String.class).single();
                                assertThat(sql).as(facts.toString()).isEqualTo(facts.stage().name());
                            }
                        }
                    }
                }
            }
        }
    }

    private static java.sql.Timestamp ts(java.time.Instant instant) {
        return instant == null ? null : java.sql.Timestamp.from(instant);
    }

    private static String initials(Person p) {
        return kz.tendik.cases.survivor.Initials.of(p.name());
    }

    private void send(MockHttpServletRequestBuilder request, String body, int expected) throws Exception {
        mvc.perform(request.with(users.as("caseworker.astana")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is(expected));
    }
}
