package kz.tendik.cases.safety;

import java.util.Locale;

import kz.tendik.cases.risk.RiskInstruments;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SafetyPagesTest {

    private static final Locale KK = Locale.forLanguageTag("kk");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RiskInstruments instruments;

    private long count(String table, long caseId) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE case_id = ?").param(caseId).query(Long.class).single();
    }

    @Test
    void theChecklistIsInTheUsersLanguageWithYesNoNotKnownAndAnIncompleteOneIsRedisplayedStoringNothing() throws Exception {
        long caseId = SafetyFixtures.newCase(mvc, users, "caseworker.astana");
        var first = instruments.standard().questions().get(0);
        mvc.perform(get("/cases/" + caseId + "/risk-assessments/new").with(users.as("caseworker.astana")).locale(KK))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(first.text().kk()), containsString("Белгісіз"),
                        containsString("type=\"radio\""))));
        mvc.perform(post("/cases/" + caseId + "/risk-assessments/new").with(users.as("caseworker.astana")).with(csrf())
                        .locale(KK).param("answers[" + first.code() + "]", "YES"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("field-error")));
        assertThat(count("risk_assessment", caseId)).isZero();
        MockHttpServletRequestBuilder all = post("/cases/" + caseId + "/risk-assessments/new")
                .with(users.as("caseworker.astana")).with(csrf());
        for (var q : instruments.standard().questions()) {
            all = all.param("answers[" + q.code() + "]", "NO");
        }
        mvc.perform(all).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/cases/" + caseId + "#risk"));
        assertThat(count("risk_assessment", caseId)).isEqualTo(1);
    }

    @Test
    void thePlanAndAMeasureAreWrittenFromThePagesAndShownOnTheCasePage() throws Exception {
        long caseId = SafetyFixtures.newCase(mvc, users, "caseworker.astana");
        mvc.perform(get("/cases/" + caseId + "/safety-plan").with(users.as("caseworker.astana"))).andExpect(status().isOk());
        mvc.perform(post("/cases/" + caseId + "/safety-plan").with(users.as("caseworker.astana")).with(csrf())
                        .param("version", "0").param("codeWord", "Ақ бұлт"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/cases/" + caseId + "/safety-plan").with(users.as("caseworker.astana")).with(csrf())
                        .param("version", "0").param("codeWord", "Қара бұлт").locale(KK))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("alert error")));
        mvc.perform(post("/cases/" + caseId + "/protective-measures/new").with(users.as("caseworker.astana")).with(csrf())
                        .locale(KK).param("type", "SPECIAL_REQUIREMENTS").param("startsAt", "2026-01-10T10:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Сот белгілеген кемінде бір шартты таңдаңыз.")));
        assertThat(count("protective_measure", caseId)).isZero();
        mvc.perform(post("/cases/" + caseId + "/protective-measures/new").with(users.as("caseworker.astana")).with(csrf())
                        .param("type", "ADMINISTRATIVE_DETENTION").param("startsAt", "2026-01-10T10:00"))
                .andExpect(status().is3xxRedirection());
        long measureId = jdbc.sql("SELECT id FROM protective_measure WHERE case_id = ?").param(caseId)
                .query(Long.class).single();
        String breach = "/cases/" + caseId + "/protective-measures/" + measureId + "/breaches/new";
        mvc.perform(get(breach).with(users.as("caseworker.astana")).locale(KK)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Бұзылған күні")));
        mvc.perform(post(breach).with(users.as("caseworker.astana")).with(csrf()).locale(KK).param("note", "Қоңырау шалды"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("field-error")));
        mvc.perform(post(breach).with(users.as("caseworker.astana")).with(csrf())
                        .param("occurredOn", "2026-01-10").param("note", "Қоңырау шалды"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/cases/" + caseId).with(users.as("caseworker.astana")).locale(KK))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"risk\""), containsString("id=\"safety-plan\""),
                        containsString("id=\"measures\""), containsString("Ақ бұлт"),
                        containsString("Әкімшілік ұстау"), containsString("Қоңырау шалды"))));
    }
}
