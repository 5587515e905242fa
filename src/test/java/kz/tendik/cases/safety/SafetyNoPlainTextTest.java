package kz.tendik.cases.safety;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import kz.tendik.cases.risk.RiskInstruments;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * After a raised risk level with its reason, a safety plan and a breach note, no column of any table holds those texts
 * in plain text (the new ciphertext columns included; the audit log and the event registry too).
 */
@IntegrationTest
class SafetyNoPlainTextTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RiskInstruments instruments;

    @Test
    void noColumnHoldsAReasonAPlanOrABreachNoteInPlainText() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        long caseId = SafetyFixtures.newCase(mvc, users, "caseworker.astana");
        mvc.perform(post("/api/v1/cases/" + caseId + "/risk-assessments").with(users.as("caseworker.astana"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(SafetyFixtures.assessment(instruments, "NO", "MEDIUM", "Тайная причина " + tag)))
                .andExpect(status().isCreated());
        mvc.perform(put("/api/v1/cases/" + caseId + "/safety-plan").with(users.as("caseworker.astana"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"version": 0, "safeContacts": "Тайный контакт %1$s", "codeWord": "Тайное слово %1$s",
                                 "safePlaces": "Тайное место %1$s"}""".formatted(tag)))
                .andExpect(status().isOk());
        String measure = mvc.perform(post("/api/v1/cases/" + caseId + "/protective-measures").with(users.as("caseworker.astana"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"type": "PROTECTIVE_ORDER", "startsAt": "%sT08:00"}""".formatted(LocalDate.now(ZoneId.of("Asia/Almaty")))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long measureId = ((Number) JsonPath.read(measure, "$.id")).longValue();
        mvc.perform(post("/api/v1/cases/" + caseId + "/protective-measures/" + measureId + "/breaches")
                        .with(users.as("caseworker.astana")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"occurredOn\": \"" + LocalDate.now(ZoneId.of("Asia/Almaty")) + "\", \"note\": \"Тайная заметка " + tag + "\"}"))
                .andExpect(status().isCreated());

        List<String> secrets = List.of(tag, "Тайная причина", "Тайный контакт", "Тайное слово", "Тайное место", "Тайная заметка");
        assertThat(kz.tendik.cases.PlainTextScan.columns(jdbc)).extracting(c -> c.table() + "." + c.column())
                .contains("risk_assessment.raise_reason", "safety_plan.plan", "measure_breach.note");
        List<String> found = kz.tendik.cases.PlainTextScan.findings(jdbc, secrets);
        assertThat(found).isEmpty();
    }
}
