package kz.tendik.cases.web;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import kz.tendik.cases.CaseTestData;
import kz.tendik.cases.CaseTestData.Person;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * After registering a survivor with a known name, IIN, phone and address (through the API and through the intake
 * page) and writing a note, a task, a referral override, a provider's answer and a service note, no text, json or
 * bytea column of any table holds any of these values in plain text.
 */
@IntegrationTest
class NoPlainTextTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void noColumnOfTheDatabaseHoldsASurvivorsNameIinPhoneAddressOrFreeTextInPlain() throws Exception {
        Person p = CaseTestData.person();
        String body = mvc.perform(post("/api/v1/survivors").with(users.as("caseworker.astana"))
                        .contentType(MediaType.APPLICATION_JSON).content(CaseTestData.survivorJson(p)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long survivor = ((Number) JsonPath.read(body, "$.id")).longValue();
        String opened = mvc.perform(post("/api/v1/cases").with(users.as("caseworker.astana"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"survivorId\": " + survivor + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long caseId = ((Number) JsonPath.read(opened, "$.id")).longValue();
        String secretNote = "Тайная заметка " + p.iin();
        String secretTask = "Тайная задача " + p.iin();
        mvc.perform(post("/api/v1/cases/" + caseId + "/notes").with(users.as("caseworker.astana"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"" + secretNote + "\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/cases/" + caseId + "/follow-ups").with(users.as("caseworker.astana"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \"" + secretTask + "\", \"dueOn\": \"2030-01-01\"}"))
                .andExpect(status().isCreated());
        // a referral overridden with an explanation, the provider's answer and a service provided, each with a note
        long provider = jdbc.sql("SELECT min(id) FROM service_provider WHERE region_code = 'KZ-71' AND kind = 'LEGAL_AID'")
                .query(Long.class).single();
        String referral = mvc.perform(post("/api/v1/cases/" + caseId + "/referrals").with(users.as("supervisor.astana"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"providerId": %d, "overrideReason": "IMMINENT_DANGER", "overrideNote": "Тайное пояснение %s"}"""
                                .formatted(provider, p.iin())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long referralId = ((Number) JsonPath.read(referral, "$.id")).longValue();
        mvc.perform(post("/api/v1/cases/" + caseId + "/referrals/" + referralId + "/status").with(users.as("caseworker.astana"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"status": "ACCEPTED", "version": 0, "answeredOn": "%s", "answeredBy": "Юрист",
                         "note": "Тайный ответ %s"}""".formatted(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Almaty")),
                        p.iin())))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/cases/" + caseId + "/services").with(users.as("caseworker.astana"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"service": "LEGAL", "providedOn": "2026-01-05", "referralId": %d, "note": "Тайная услуга %s"}"""
                        .formatted(referralId, p.iin())))
                .andExpect(status().isCreated());
        // and through the intake page, with a second person
        Person q = CaseTestData.person();
        mvc.perform(post("/cases/intake").with(users.as("caseworker.astana")).with(csrf())
                        .param("fullName", q.name()).param("iin", q.iin()).param("dateOfBirth", q.born().toString())
                        .param("sex", "FEMALE").param("phone", q.phone()).param("safeAddress", q.address()))
                .andExpect(status().is3xxRedirection());

        List<String> secrets = List.of(p.name(), p.iin(), p.phone(), p.phone().replaceAll("\\D", ""), p.address(),
                "Тайная заметка", "Тайная задача", "Тайное пояснение", "Тайный ответ", "Тайная услуга", q.name(), q.iin(), q.address(), q.phone().replaceAll("\\D", ""), p.surname(), q.surname());
        assertThat(kz.tendik.cases.PlainTextScan.columns(jdbc)).extracting(kz.tendik.cases.PlainTextScan.Column::table)
                .contains("survivor", "case_note", "follow_up", "survivor_lookup", "referral", "case_service");
        List<String> found = kz.tendik.cases.PlainTextScan.findings(jdbc, secrets);
        assertThat(found).isEmpty();
    }
}
