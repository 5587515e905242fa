package kz.tendik.cases.incidents;

import java.util.List;

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
 * After recording incidents through the API and the page, no column of any table holds the narrative or a
 * perpetrator's name or notes in plain text (the audit log and the event registry included).
 */
@IntegrationTest
class IncidentNoPlainTextTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void noColumnHoldsANarrativeOrAPerpetratorsNameOrNotesInPlainText() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        String narrative = "Тайный рассказ " + tag;
        String name = "Тайный Обидчик " + tag;
        long caseId = IncidentFixtures.newCase(mvc, users, "caseworker.astana", "1990-01-01");
        mvc.perform(post("/api/v1/cases/" + caseId + "/incidents").with(users.as("caseworker.astana"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(IncidentFixtures.sexualAssault(narrative, name).replace("Тайные заметки", "Заметка " + tag)))
                .andExpect(status().isCreated());
        mvc.perform(post("/cases/" + caseId + "/incidents/new").with(users.as("caseworker.astana")).with(csrf())
                        .param("incidentDate", "2026-02-01").param("reportDate", "2026-02-02")
                        .param("timeOfDay", "MORNING").param("regionCode", "KZ-71").param("locationType", "SHARED_HOME")
                        .param("answers[RAPE]", "false").param("answers[SEXUAL_ASSAULT]", "false")
                        .param("answers[PHYSICAL_ASSAULT]", "true").param("narrative", "Страничный " + narrative)
                        .param("primary", "0").param("perpetrators[0].relationship", "SPOUSE")
                        .param("perpetrators[0].name", "Страничный " + name))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM incident WHERE case_id = ?").param(caseId).query(Long.class).single())
                .isEqualTo(2);

        List<String> secrets = List.of(tag, "Тайный рассказ", "Тайный Обидчик", "Страничный");
        assertThat(kz.tendik.cases.PlainTextScan.columns(jdbc)).extracting(kz.tendik.cases.PlainTextScan.Column::table)
                .contains("incident", "perpetrator");
        List<String> found = kz.tendik.cases.PlainTextScan.findings(jdbc, secrets);
        assertThat(found).isEmpty();
    }
}
