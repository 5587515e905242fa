package kz.tendik.cases.safety;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import com.jayway.jsonpath.JsonPath;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static kz.tendik.cases.CaseTestData.auditEntries;
import static kz.tendik.cases.CaseTestData.demoCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ProtectiveMeasureApiTest {

    private static final ZoneId KZ = ZoneId.of("Asia/Almaty");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeasureExpiryWarnings warnings;

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String user, String body) {
        return request.with(users.as(user)).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }

    private long record(long caseId, String body) throws Exception {
        String created = mvc.perform(json(post("/api/v1/cases/" + caseId + "/protective-measures"), "caseworker.astana", body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    @Test
    void aMeasureWithMistakesIsRefusedNamingEveryFieldInTheUsersLanguageAndNothingIsStored() throws Exception {
        long caseId = SafetyFixtures.newCase(mvc, users, "caseworker.astana");
        mvc.perform(json(post("/api/v1/cases/" + caseId + "/protective-measures"), "caseworker.astana", """
                        {"startsAt": "вчера", "conditions": ["NO_CONTACT"], "policeReportsPerMonth": 2}""")
                        .locale(Locale.forLanguageTag("ru")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("type", "startsAt")))
                .andExpect(jsonPath("$.errors[?(@.field == 'type')].message").value(hasItem("Обязательное поле.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'startsAt')].message").value(hasItem("Недопустимое значение.")));
        mvc.perform(json(post("/api/v1/cases/" + caseId + "/protective-measures"), "caseworker.astana", """
                        {"type": "SPECIAL_REQUIREMENTS", "startsAt": "2026-01-10T10:00", "conditions": ["REPORT_TO_POLICE"],
                         "policeReportsPerMonth": 9}""").locale(Locale.forLanguageTag("ru")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("endsAt", "policeReportsPerMonth")));
        assertThat(count("SELECT count(*) FROM protective_measure WHERE case_id = ?", caseId)).isZero();
    }

    @Test
    void theExpiryIsComputedAndTheJobWarnsTheCaseworkerOnceWhenTheEndIsNear() throws Exception {
        long caseId = SafetyFixtures.newCase(mvc, users, "caseworker.astana");
        LocalDateTime served = LocalDateTime.now(KZ).minusDays(27).truncatedTo(ChronoUnit.MINUTES);
        long near = record(caseId, """
                {"type": "PROTECTIVE_ORDER", "startsAt": "%s"}""".formatted(served));
        long far = record(caseId, """
                {"type": "SPECIAL_REQUIREMENTS", "startsAt": "%s", "endsAt": "%s", "conditions": ["NO_CONTACT", "REPORT_TO_POLICE"],
                 "policeReportsPerMonth": 2}""".formatted(served, served.plusMonths(6)));
        mvc.perform(get("/api/v1/cases/" + caseId + "/protective-measures").with(users.as("caseworker.astana")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + near + ")].expiresAt").value(hasItem(startsWith(served.plusDays(30).toLocalDate().toString()))))
                .andExpect(jsonPath("$[?(@.id == " + near + ")].issuer").value(hasItem("POLICE")))
                .andExpect(jsonPath("$[?(@.id == " + near + ")].expiringSoon").value(hasItem(true)))
                .andExpect(jsonPath("$[?(@.id == " + far + ")].issuer").value(hasItem("COURT")));
        warnings.run();
        warnings.run();
        assertThat(count("SELECT count(*) FROM case_event WHERE case_id = ? AND type = 'SAFETY_TASK_CREATED'", caseId))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM protective_measure WHERE case_id = ? AND expiry_warned_at IS NOT NULL", caseId))
                .isEqualTo(1);
        mvc.perform(get("/api/v1/cases/" + caseId + "/follow-ups").with(users.as("caseworker.astana")))
                .andExpect(jsonPath("$[*].title").value(hasItem(startsWith("Защитное предписание истекает")
                        )))
                .andExpect(jsonPath("$[*].assignedToName").value(hasItem(org.hamcrest.Matchers.notNullValue())));
    }

    @Test
    void theJobWarnsFromFiveDaysBeforeTheEndAndNeverOnAClosedCase() throws Exception {
        long caseId = SafetyFixtures.newCase(mvc, users, "caseworker.astana");
        LocalDateTime now = LocalDateTime.now(KZ).truncatedTo(ChronoUnit.MINUTES);
        // a protective order lasts 30 days: served 24 days ago it ends in 6, outside the 5-day window
        long sixDaysLeft = record(caseId, """
                {"type": "PROTECTIVE_ORDER", "startsAt": "%s"}""".formatted(now.minusDays(24)));
        warnings.run();
        assertThat(count("SELECT count(*) FROM protective_measure WHERE id = ? AND expiry_warned_at IS NOT NULL",
                sixDaysLeft)).isZero();

        long closedCase = SafetyFixtures.newCase(mvc, users, "caseworker.astana");
        long nearOnClosed = record(closedCase, """
                {"type": "PROTECTIVE_ORDER", "startsAt": "%s"}""".formatted(now.minusDays(27)));
        jdbc.sql("UPDATE case_file SET closed_at = now() WHERE id = ?").param(closedCase).update();
        warnings.run();
        assertThat(count("SELECT count(*) FROM protective_measure WHERE id = ? AND expiry_warned_at IS NOT NULL",
                nearOnClosed)).isZero();
        assertThat(count("SELECT count(*) FROM case_event WHERE case_id = ? AND type = 'SAFETY_TASK_CREATED'",
                closedCase)).isZero();
    }

    @Test
    void aBreachIsRecordedWithItsNoteAndPutsATaskOnTheCase() throws Exception {
        long caseId = SafetyFixtures.newCase(mvc, users, "caseworker.astana");
        long measure = record(caseId, """
                {"type": "PROTECTIVE_ORDER", "startsAt": "%s"}""".formatted(LocalDate.now(KZ).minusDays(2) + "T09:00"));
        mvc.perform(json(post("/api/v1/cases/" + caseId + "/protective-measures/" + measure + "/breaches"),
                        "caseworker.astana", "{\"occurredOn\": \"" + LocalDate.now(KZ).plusDays(3) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("occurredOn"));
        mvc.perform(json(post("/api/v1/cases/" + caseId + "/protective-measures/" + measure + "/breaches"),
                        "caseworker.astana", "{\"occurredOn\": \"" + LocalDate.now(KZ) + "\", \"note\": \"Пришёл к дому ночью\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.breaches[0].note").value("Пришёл к дому ночью"));
        assertThat(count("SELECT count(*) FROM follow_up WHERE case_id = ?", caseId)).isEqualTo(1);
        mvc.perform(get("/api/v1/cases/" + caseId + "/follow-ups").with(users.as("caseworker.astana")))
                .andExpect(jsonPath("$[0].title").value(startsWith("Нарушение меры (Защитное предписание)")));
        assertThat(auditEntries(jdbc, "protective-measure.breach", "protective-measure", measure)).isEqualTo(1);
        mvc.perform(json(post("/api/v1/cases/" + caseId + "/protective-measures/999999999/breaches"),
                "caseworker.astana", "{\"occurredOn\": \"" + LocalDate.now(KZ) + "\"}")).andExpect(status().isNotFound());
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyRecordsTheMeasureOnce() throws Exception {
        long caseId = SafetyFixtures.newCase(mvc, users, "caseworker.astana");
        String body = "{\"type\": \"ADMINISTRATIVE_DETENTION\", \"startsAt\": \"2026-01-10T10:00\"}";
        mvc.perform(json(post("/api/v1/cases/" + caseId + "/protective-measures"), "caseworker.astana", body)
                .header("Idempotency-Key", "m-" + caseId)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.expiresAt").value(startsWith("2026-01-11T10:00")));
        mvc.perform(json(post("/api/v1/cases/" + caseId + "/protective-measures"), "caseworker.astana", body)
                        .header("Idempotency-Key", "m-" + caseId)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Idempotent-Replayed", "true"));
        assertThat(count("SELECT count(*) FROM protective_measure WHERE case_id = ?", caseId)).isEqualTo(1);
    }

    @Test
    void aCaseworkerOfAnotherCentreGets404AndAnAnalyst403() throws Exception {
        long astana = demoCase(jdbc, "KZ71");
        String body = "{\"type\": \"PROTECTIVE_ORDER\", \"startsAt\": \"2026-01-01T10:00\"}";
        for (String user : new String[] {"caseworker.almaty", "analyst"}) {
            var expected = user.equals("analyst") ? status().isForbidden() : status().isNotFound();
            mvc.perform(get("/api/v1/cases/" + astana + "/protective-measures").with(users.as(user))).andExpect(expected);
            mvc.perform(json(post("/api/v1/cases/" + astana + "/protective-measures"), user, body)).andExpect(expected);
            mvc.perform(json(post("/api/v1/cases/" + astana + "/protective-measures/1/breaches"), user,
                    "{\"occurredOn\": \"2026-01-02\"}")).andExpect(expected);
        }
    }
}
