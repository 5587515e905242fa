package kz.tendik.cases.plan;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import kz.tendik.cases.CaseTestData;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CasePlanPagesTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final String CASEWORKER = "caseworker.astana";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void thePlanIsWrittenOnItsPageAMistakeIsNamedOnItsRowAndTheSupervisorMarksItReviewedOnTheCasePage()
            throws Exception {
        long caseId = CaseTestData.openCase(mvc, users, CASEWORKER);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Almaty"));
        mvc.perform(get("/cases/" + caseId + "/case-plan").with(users.as(CASEWORKER)).locale(RU))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("План помощи"), containsString("Психологическая помощь"),
                        containsString("name=\"services[2].targetOn\""))));
        // the second row has no provider: named on that row (the empty first row is not sent), nothing stored
        mvc.perform(post("/cases/" + caseId + "/case-plan").with(users.as(CASEWORKER)).with(csrf()).locale(RU)
                        .param("version", "0").param("goals", "Жильё").param("plannedOn", today.toString())
                        .param("nextReviewOn", today.plusMonths(1).toString())
                        .param("services[1].purpose", "LEGAL").param("services[1].targetOn", today.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("field-error"), containsString("Обязательное поле."),
                        containsString("name=\"services[1].purpose\""))));
        assertThat(jdbc.sql("SELECT count(*) FROM case_plan WHERE case_id = ?").param(caseId).query(Long.class).single())
                .isZero();
        mvc.perform(post("/cases/" + caseId + "/case-plan").with(users.as(CASEWORKER)).with(csrf())
                        .param("version", "0").param("goals", "Жильё и работа").param("plannedOn", today.toString())
                        .param("nextReviewOn", today.plusMonths(1).toString())
                        .param("services[0].purpose", "LEGAL").param("services[0].providedBy", "REFERRAL")
                        .param("services[0].targetOn", today.plusDays(7).toString())
                        .param("survivorAgreed", "true").param("agreedOn", today.toString()))
                .andExpect(redirectedUrl("/cases/" + caseId + "#case-plan"));

        mvc.perform(get("/cases/" + caseId).with(users.as(CASEWORKER)).locale(RU))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Жильё и работа"), containsString("По направлению"),
                        containsString("Супервизор ещё не проверил план."),
                        not(containsString("/case-plan/review")))));
        mvc.perform(get("/cases/" + caseId).with(users.as("supervisor.astana")))
                .andExpect(content().string(containsString("/case-plan/review")));
        mvc.perform(post("/cases/" + caseId + "/case-plan/review").with(users.as(CASEWORKER)).with(csrf())
                        .param("version", "1"))
                .andExpect(status().isForbidden());
        // a stale version comes back on the case page, translated
        mvc.perform(post("/cases/" + caseId + "/case-plan/review").with(users.as("supervisor.astana")).with(csrf())
                        .locale(RU).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("alert error")));
        mvc.perform(post("/cases/" + caseId + "/case-plan/review").with(users.as("supervisor.astana")).with(csrf())
                        .param("version", "1"))
                .andExpect(redirectedUrl("/cases/" + caseId + "#case-plan"));
        mvc.perform(get("/cases/" + caseId).with(users.as(CASEWORKER)).locale(RU))
                .andExpect(content().string(allOf(containsString("Проверка супервизора:"),
                        containsString("План помощи"))));
    }
}
