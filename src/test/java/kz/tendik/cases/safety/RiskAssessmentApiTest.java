package kz.tendik.cases.safety;

import java.util.Locale;

import kz.tendik.cases.risk.RiskInstruments;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class RiskAssessmentApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RiskInstruments instruments;

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String user, String body) {
        return request.with(users.as(user)).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private long count(String sql, long caseId) {
        return jdbc.sql(sql).param(caseId).query(Long.class).single();
    }

    @Test
    void missingAndUnknownAnswersAreEachNamedInTheUsersLanguageAndNothingIsStored() throws Exception {
        long caseId = SafetyFixtures.newCase(mvc, users, "caseworker.astana");
        int questions = instruments.standard().questions().size();
        mvc.perform(json(post("/api/v1/cases/" + caseId + "/risk-assessments"), "caseworker.astana",
                        "{\"answers\": {\"injured\": \"MAYBE\", \"not-a-question\": \"YES\"}, \"professionalLevel\": \"EXTREME\"}")
                        .locale(Locale.forLanguageTag("ru")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(questions + 2)))
                .andExpect(jsonPath("$.errors[?(@.field == 'answers[injured]')].message").value(hasItem("Недопустимое значение.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'answers[very-frightened]')].message").value(hasItem("Обязательное поле.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'answers[not-a-question]')]").isNotEmpty())
                .andExpect(jsonPath("$.errors[?(@.field == 'professionalLevel')]").isNotEmpty());
        assertThat(count("SELECT count(*) FROM risk_assessment WHERE case_id = ?", caseId)).isZero();
    }

    @Test
    void aHighRiskIsKeptWithItsInstrumentAndPutsTheMultiAgencyReferralTaskOnTheCase() throws Exception {
        long caseId = SafetyFixtures.newCase(mvc, users, "caseworker.astana");
        mvc.perform(json(post("/api/v1/cases/" + caseId + "/risk-assessments"), "caseworker.astana",
                        SafetyFixtures.assessment(instruments, "YES", null, null)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.level").value("HIGH"))
                .andExpect(jsonPath("$.instrumentCode").value(RiskInstruments.DEFAULT_CODE))
                .andExpect(jsonPath("$.instrumentVersion").value(instruments.standard().version()))
                .andExpect(jsonPath("$.score").value(instruments.standard().maxScore()));
        mvc.perform(get("/api/v1/cases/" + caseId + "/follow-ups").with(users.as("caseworker.astana")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].title").value(hasItem(
                        "Высокий риск: направить дело в межведомственную группу акимата")));
        // a standard result adds no task; the history keeps both, newest first
        mvc.perform(json(post("/api/v1/cases/" + caseId + "/risk-assessments"), "caseworker.astana",
                SafetyFixtures.assessment(instruments, "NO", null, null))).andExpect(status().isCreated());
        assertThat(count("SELECT count(*) FROM follow_up WHERE case_id = ?", caseId)).isEqualTo(1);
        mvc.perform(get("/api/v1/cases/" + caseId + "/risk-assessments").with(users.as("supervisor.astana")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].level").value("STANDARD"))
                .andExpect(jsonPath("$[1].level").value("HIGH"));
        assertThat(auditEntries(jdbc, "risk-assessment.read", "case", caseId)).isPositive();
    }

    @Test
    void aProfessionalRaisesTheLevelOnlyWithAReasonWhichIsKept() throws Exception {
        long caseId = SafetyFixtures.newCase(mvc, users, "caseworker.astana");
        mvc.perform(json(post("/api/v1/cases/" + caseId + "/risk-assessments"), "caseworker.astana",
                        SafetyFixtures.assessment(instruments, "NO", "HIGH", null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("professionalReason"));
        mvc.perform(json(post("/api/v1/cases/" + caseId + "/risk-assessments"), "caseworker.astana",
                        SafetyFixtures.assessment(instruments, "NO", "HIGH", "Угрожал ножом вчера")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.scoredLevel").value("STANDARD"))
                .andExpect(jsonPath("$.level").value("HIGH"))
                .andExpect(jsonPath("$.professionalReason").value("Угрожал ножом вчера"));
        assertThat(count("SELECT count(*) FROM follow_up WHERE case_id = ?", caseId)).isEqualTo(1);
    }

    @Test
    void theCasePageAsksForANewAssessmentWhenAnIncidentWasRecordedAfterTheLatestOne() throws Exception {
        long caseId = SafetyFixtures.newCase(mvc, users, "caseworker.astana");
        String due = "An incident was recorded after the latest risk assessment";
        mvc.perform(json(post("/api/v1/cases/" + caseId + "/incidents"), "caseworker.astana", SafetyFixtures.incident()))
                .andExpect(status().isCreated());
        mvc.perform(get("/cases/" + caseId).with(users.as("caseworker.astana")).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andExpect(content().string(containsString(due)));
        mvc.perform(json(post("/api/v1/cases/" + caseId + "/risk-assessments"), "caseworker.astana",
                SafetyFixtures.assessment(instruments, "NOT_KNOWN", null, null))).andExpect(status().isCreated());
        mvc.perform(get("/cases/" + caseId).with(users.as("caseworker.astana")).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(due))));
        mvc.perform(json(post("/api/v1/cases/" + caseId + "/incidents"), "caseworker.astana", SafetyFixtures.incident()))
                .andExpect(status().isCreated());
        mvc.perform(get("/cases/" + caseId).with(users.as("caseworker.astana")).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andExpect(content().string(containsString(due)));
    }

    @Test
    void aCaseworkerOfAnotherCentreGets404AndAnAnalyst403() throws Exception {
        long astana = demoCase(jdbc, "KZ71");
        String body = SafetyFixtures.assessment(instruments, "YES", null, null);
        mvc.perform(get("/api/v1/cases/" + astana + "/risk-assessments").with(users.as("caseworker.almaty")))
                .andExpect(status().isNotFound());
        mvc.perform(json(post("/api/v1/cases/" + astana + "/risk-assessments"), "caseworker.almaty", body))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/" + astana + "/risk-assessments").with(users.as("analyst")))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/cases/" + astana + "/risk-assessments"), "analyst", body))
                .andExpect(status().isForbidden());
        assertThat(count("SELECT count(*) FROM risk_assessment WHERE case_id = ? AND assessed_by IN "
                + "(SELECT id FROM app_user WHERE username IN ('caseworker.almaty', 'analyst'))", astana)).isZero();
    }
}
