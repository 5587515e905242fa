package kz.tendik.cases.web;

import kz.tendik.cases.CaseTestData;
import kz.tendik.cases.CaseTestData.Person;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static kz.tendik.cases.CaseTestData.auditEntries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CasePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    private long intake(Person p) throws Exception {
        String location = mvc.perform(post("/cases/intake").with(users.as("caseworker.astana")).with(csrf())
                        .param("fullName", p.name()).param("iin", p.iin()).param("dateOfBirth", p.born().toString())
                        .param("sex", "FEMALE").param("phone", p.phone()).param("safeToText", "true")
                        .param("languages", "kk").param("safeAddress", p.address()).param("familyCategory", "C"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/cases/*"))
                .andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void myCasesShowsCaseNumbersAndInitialsButNoFullNames() throws Exception {
        Person p = CaseTestData.person();
        intake(p);
        mvc.perform(get("/cases").with(users.as("caseworker.astana")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("KZ71-"), containsString("Ә. Т."),
                        not(containsString(p.name())), not(containsString("Жұмабаева")))));
        mvc.perform(get("/").with(users.as("caseworker.astana")))
                .andExpect(content().string(containsString("href=\"/cases\"")));
        mvc.perform(get("/cases").with(users.as("analyst"))).andExpect(status().isForbidden());
    }

    @Test
    void intakeSearchesFirstAndShowsADuplicateInTheCentre() throws Exception {
        Person p = CaseTestData.person();
        long caseId = intake(p);
        String number = jdbc.sql("SELECT case_number FROM case_file WHERE id = ?").param(caseId).query(String.class).single();
        mvc.perform(get("/cases/intake").param("iin", p.iin()).with(users.as("supervisor.astana"))
                        .header("Accept-Language", "ru"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Возможные совпадения в вашем центре"),
                        containsString(number), containsString("ИИН"), not(containsString(p.name())))));
        mvc.perform(get("/cases/intake").param("name", p.name()).with(users.as("caseworker.almaty")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(number))));
        mvc.perform(get("/cases/intake/new").param("name", "Жаңа Адам").with(users.as("caseworker.astana")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("value=\"Жаңа Адам\"")));
    }

    @Test
    void theNewSurvivorFormNamesEveryMistakeInTheUsersLanguageAndStoresNothing() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM survivor").query(Long.class).single();
        Person p = CaseTestData.person();
        mvc.perform(post("/cases/intake").with(users.as("caseworker.astana")).with(csrf())
                        .header("Accept-Language", "kk")
                        .param("fullName", "").param("iin", p.iin()).param("dateOfBirth", p.born().plusDays(1).toString())
                        .param("sex", "MALE").param("phone", "abc").param("age", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Туған күні ЖСН-мен сәйкес келмейді."),
                        containsString("Міндетті өріс."), containsString("aria-invalid=\"true\""))));
        assertThat(jdbc.sql("SELECT count(*) FROM survivor").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theCasePageShowsTheProfileAndRecordsNotesConsentsAndTasks() throws Exception {
        Person p = CaseTestData.person();
        long caseId = intake(p);
        String page = "/cases/" + caseId;
        mvc.perform(post(page + "/notes").with(users.as("caseworker.astana")).with(csrf()).param("text", "Первая встреча"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(page + "/notes").with(users.as("caseworker.astana")).with(csrf()).param("text", " ")
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Required.")));
        mvc.perform(post(page + "/consents").with(users.as("caseworker.astana")).with(csrf())
                .param("purpose", "REFERRAL").param("referralTo", "SHELTER").param("given", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(page + "/follow-ups").with(users.as("caseworker.astana")).with(csrf())
                .param("title", "Позвонить юристу").param("dueOn", "2030-05-01"))
                .andExpect(status().is3xxRedirection());
        long followUp = jdbc.sql("SELECT id FROM follow_up WHERE case_id = ?").param(caseId).query(Long.class).single();
        mvc.perform(post(page + "/follow-ups/" + followUp + "/done").with(users.as("caseworker.astana")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(page).with(users.as("caseworker.astana")).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(p.name()), containsString(p.iin()),
                        containsString("Первая встреча"), containsString("Shelter"), containsString("Позвонить юристу"),
                        containsString("Task done"), containsString("Safe to send messages"))));
        assertThat(auditEntries(jdbc, "case.read", "case", caseId)).isPositive();
        long survivor = jdbc.sql("SELECT survivor_id FROM case_file WHERE id = ?").param(caseId).query(Long.class).single();
        assertThat(auditEntries(jdbc, "survivor.read", "survivor", survivor)).isPositive();
        mvc.perform(get(page).with(users.as("caseworker.almaty"))).andExpect(status().isNotFound());
    }

    @Test
    void theCasePageShowsTheLatestNotesAndEventsAndLoadsTheEarlierOnesWhenAsked() throws Exception {
        long caseId = intake(CaseTestData.person());
        String page = "/cases/" + caseId;
        int notes = CaseHistoryPages.EVENTS_SHOWN + 2;
        for (int i = 1; i <= notes; i++) {
            mvc.perform(post(page + "/notes").with(users.as("caseworker.astana")).with(csrf())
                    .param("text", "Заметка номер %02d".formatted(i))).andExpect(status().is3xxRedirection());
        }
        long events = jdbc.sql("SELECT count(*) FROM case_event WHERE case_id = ?").param(caseId).query(Long.class)
                .single();
        assertThat(events).isGreaterThan(CaseHistoryPages.EVENTS_SHOWN);
        String html = mvc.perform(get(page).with(users.as("caseworker.astana")).header("Accept-Language", "ru"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // the ten latest notes, newest first; the seven oldest behind the fold, which says how many there are
        assertThat(html).contains("Заметка номер 17", "Заметка номер 08", "Более ранние заметки (7)",
                        "Более ранние события (" + (events - CaseHistoryPages.EVENTS_SHOWN) + ")",
                        "hx-get=\"/cases/" + caseId + "/notes?from=10\"",
                        "hx-get=\"/cases/" + caseId + "/timeline?from=15\"")
                .doesNotContain("Заметка номер 07", "Заметка номер 01");
        assertThat(html.indexOf("Заметка номер 17")).isLessThan(html.indexOf("Заметка номер 16"));
        long reads = auditEntries(jdbc, "case.read", "case", caseId);
        String earlier = mvc.perform(get(page + "/notes").param("from", "10").header("HX-Request", "true")
                        .with(users.as("caseworker.astana")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(earlier).contains("Заметка номер 07", "Заметка номер 01").doesNotContain("Заметка номер 08")
                .doesNotContain("<html");
        assertThat(auditEntries(jdbc, "case.read", "case", caseId)).isGreaterThan(reads);
        String timeline = mvc.perform(get(page + "/timeline").param("from", "15").header("HX-Request", "true")
                        .header("Accept-Language", "en").with(users.as("caseworker.astana")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(timeline.split("<tr>", -1).length - 2).as("rows after the header")
                .isEqualTo((int) (events - CaseHistoryPages.EVENTS_SHOWN));
        // without script: a page of its own with the way back
        mvc.perform(get(page + "/timeline").with(users.as("caseworker.astana")).header("Accept-Language", "kk"))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("Іске оралу"),
                        containsString("ісінің хронологиясы"))));
        mvc.perform(get(page + "/notes").param("from", "-5").with(users.as("caseworker.astana")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Заметка номер 17")));
        mvc.perform(get(page + "/notes").with(users.as("caseworker.almaty"))).andExpect(status().isNotFound());
        mvc.perform(get(page + "/timeline").with(users.as("caseworker.almaty"))).andExpect(status().isNotFound());
    }

    @Test
    void breakGlassFromTheListOpensTheCaseAndTheOwnerSeesTheBanner() throws Exception {
        long almatyCase = jdbc.sql("""
                SELECT c.id FROM case_file c JOIN case_assignment a ON a.case_id = c.id
                JOIN app_user u ON u.id = a.user_id WHERE u.username = 'caseworker.almaty'
                AND NOT EXISTS (SELECT 1 FROM break_glass b WHERE b.case_id = c.id) ORDER BY c.id DESC LIMIT 1""")
                .query(Long.class).single();
        String number = jdbc.sql("SELECT case_number FROM case_file WHERE id = ?").param(almatyCase).query(String.class).single();
        mvc.perform(post("/cases/break-glass").with(users.as("supervisor.astana")).with(csrf())
                        .param("caseNumber", number).param("reason", "").header("Accept-Language", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Required.")));
        mvc.perform(post("/cases/break-glass").with(users.as("supervisor.astana")).with(csrf())
                        .param("caseNumber", "KZ99-01-2026-00001").param("reason", "x").header("Accept-Language", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("No case has this number.")));
        mvc.perform(post("/cases/break-glass").with(users.as("supervisor.astana")).with(csrf())
                        .param("caseNumber", number).param("reason", "Ночной звонок из полиции"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/cases/" + almatyCase).with(users.as("supervisor.astana"))).andExpect(status().isOk());
        mvc.perform(get("/cases/" + almatyCase).with(users.as("caseworker.almaty")).header("Accept-Language", "ru"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("К этому делу открывали экстренный доступ"),
                        containsString("Елена Ким"), containsString("Ночной звонок из полиции"))));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'case.break-glass' AND object_id = ?"
                + " AND actor_name = 'supervisor.astana'").param(String.valueOf(almatyCase)).query(Long.class).single())
                .isPositive();
    }
}
