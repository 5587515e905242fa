package kz.tendik.cases.safety;

import java.util.Locale;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SafetyPlanApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String user, String body) {
        return request.with(users.as(user)).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static String plan(Integer version, String codeWord) {
        return """
                {"version": %s, "safeContacts": "Сестра Айгүл, звонить после 18:00", "safePlaces": "Кризисный центр",
                 "codeWord": "%s", "documentsReady": "Паспорт, свидетельства детей", "childrenPlan": "Забрать из школы",
                 "safeChannels": "WhatsApp сестры"}""".formatted(version, codeWord);
    }

    @Test
    void thePlanIsWrittenWithVersionZeroThenChangedWithTheVersionReadAndAStaleChangeIs409() throws Exception {
        long caseId = SafetyFixtures.newCase(mvc, users, "caseworker.astana");
        mvc.perform(get("/api/v1/cases/" + caseId + "/safety-plan").with(users.as("caseworker.astana")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(0));
        mvc.perform(json(put("/api/v1/cases/" + caseId + "/safety-plan"), "caseworker.astana", plan(0, "Жасыл алма")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.plan.codeWord").value("Жасыл алма"));
        mvc.perform(json(put("/api/v1/cases/" + caseId + "/safety-plan"), "supervisor.astana", plan(1, "Көк алма")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(2));
        // a second writer who read version 1 is refused and nothing is overwritten
        mvc.perform(json(put("/api/v1/cases/" + caseId + "/safety-plan"), "caseworker.astana", plan(1, "Қызыл алма")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(2));
        mvc.perform(get("/api/v1/cases/" + caseId + "/safety-plan").with(users.as("caseworker.astana")))
                .andExpect(jsonPath("$.plan.codeWord").value("Көк алма"))
                .andExpect(jsonPath("$.plan.childrenPlan").value("Забрать из школы"));
        assertThat(auditEntries(jdbc, "safety-plan.update", "case", caseId)).isEqualTo(2);
        // a safety plan is not the case plan (individual help plan): the stage does not move
        mvc.perform(get("/api/v1/cases/" + caseId).with(users.as("caseworker.astana")))
                .andExpect(jsonPath("$.stage").value("NEW"));
        assertThat(auditEntries(jdbc, "safety-plan.read", "case", caseId)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void anEmptyPlanWithoutVersionIsRefusedNamingTheFieldsInTheUsersLanguage() throws Exception {
        long caseId = SafetyFixtures.newCase(mvc, users, "caseworker.astana");
        mvc.perform(json(put("/api/v1/cases/" + caseId + "/safety-plan"), "caseworker.astana",
                        "{\"safeContacts\": \"  \"}").locale(Locale.forLanguageTag("kk")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("version", "safeContacts")))
                .andExpect(jsonPath("$.errors[?(@.field == 'safeContacts')].message")
                        .value(org.hamcrest.Matchers.hasItem("Жоспардың кемінде бір бөлігін толтырыңыз.")));
        assertThat(jdbc.sql("SELECT count(*) FROM safety_plan WHERE case_id = ?").param(caseId).query(Long.class).single())
                .isZero();
    }

    @Test
    void aCaseworkerOfAnotherCentreGets404AndAnAnalyst403() throws Exception {
        long astana = demoCase(jdbc, "KZ71");
        mvc.perform(get("/api/v1/cases/" + astana + "/safety-plan").with(users.as("caseworker.almaty")))
                .andExpect(status().isNotFound());
        mvc.perform(json(put("/api/v1/cases/" + astana + "/safety-plan"), "caseworker.almaty", plan(0, "x")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/" + astana + "/safety-plan").with(users.as("analyst")))
                .andExpect(status().isForbidden());
        mvc.perform(json(put("/api/v1/cases/" + astana + "/safety-plan"), "analyst", plan(0, "x")))
                .andExpect(status().isForbidden());
    }
}
