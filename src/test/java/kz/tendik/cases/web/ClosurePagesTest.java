package kz.tendik.cases.web;

import kz.tendik.cases.CaseTestData;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ClosurePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    private int version(long caseId) {
        return jdbc.sql("SELECT version FROM case_file WHERE id = ?").param(caseId).query(Integer.class).single();
    }

    @Test
    void theChecklistFormComesBackWithEveryMissingItemThenAskingReloadsThePage() throws Exception {
        long caseId = CaseTestData.openCase(mvc, users, "caseworker.astana");
        mvc.perform(get("/cases/" + caseId).with(users.as("caseworker.astana")).header("Accept-Language", "ru"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"closure\""),
                        containsString("Вопросы безопасности пострадавшей решены"),
                        not(containsString("Установить юридическое удержание")))));
        mvc.perform(post("/cases/" + caseId + "/closure").with(users.as("caseworker.astana")).with(csrf())
                        .header("HX-Request", "true").header("Accept-Language", "ru")
                        .param("version", String.valueOf(version(caseId))).param("survivorWish", "ASKED_TO_CLOSE"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Не решены вопросы безопасности пострадавшего лица."),
                        containsString("Не все запланированные услуги оказаны или отклонены."),
                        containsString("Выберите причину закрытия."))));
        mvc.perform(post("/cases/" + caseId + "/closure").with(users.as("caseworker.astana")).with(csrf())
                        .header("HX-Request", "true").param("version", String.valueOf(version(caseId)))
                        .param("safetyAddressed", "true").param("servicesDoneOrDeclined", "true")
                        .param("survivorWish", "ASKED_TO_CLOSE").param("reason", "SURVIVOR_REQUEST"))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Refresh", "true"));
        // the supervisor sees the banner and the decision; approving without htmx redirects to the closed case
        mvc.perform(get("/cases/" + caseId).with(users.as("supervisor.astana")).header("Accept-Language", "en"))
                .andExpect(content().string(allOf(containsString("Closure awaits approval"),
                        containsString("Approve and close"))));
        mvc.perform(post("/cases/" + caseId + "/closure/approve").with(users.as("supervisor.astana")).with(csrf())
                        .param("version", String.valueOf(version(caseId))))
                .andExpect(redirectedUrl("/cases/" + caseId + "#closure"));
        mvc.perform(get("/cases/" + caseId).with(users.as("manager.astana")).header("Accept-Language", "kk"))
                .andExpect(content().string(allOf(containsString("case-page closed"), containsString("Іс жабық."),
                        containsString("Заңдық сақтауды белгілеу"), containsString("Істі қайта ашу"))));
        // a stale form says so and changes nothing
        mvc.perform(post("/cases/" + caseId + "/reopen").with(users.as("caseworker.astana")).with(csrf())
                        .header("Accept-Language", "en").param("version", "0").param("reason", "new incident"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("case-page closed")));
    }
}
