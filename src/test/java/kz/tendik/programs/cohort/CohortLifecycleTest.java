package kz.tendik.programs.cohort;

import java.time.LocalDate;
import java.util.List;

import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static kz.tendik.programs.cohort.ProgramsFixture.id;
import static kz.tendik.programs.cohort.ProgramsFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Opening a cohort through its page (sessions rows), changing it under optimistic locking, removing sessions,
 * modules and the completion rule, and closing it: after that no enrolment or attendance.
 */
@IntegrationTest
class CohortLifecycleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    ProgramsFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new ProgramsFixture(mvc, users);
    }

    @Test
    void aCoordinatorOpensACohortOnItsPageWithSessionRowsAndCommasInTopicsSurvive() throws Exception {
        long programme = fixture.programme();
        String name = "Page cohort " + unique();
        long facilitator = users.user("facilitator").id();
        mvc.perform(get("/cohorts/new").param("programmeId", String.valueOf(programme)).with(users.as("programmes")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("name=\"sessionDate\"")));
        mvc.perform(get("/cohorts/new/session-row").with(users.as("programmes")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("hx-swap=\"delete\"")));
        String location = mvc.perform(post("/cohorts").with(users.as("programmes")).with(csrf())
                        .param("programmeId", String.valueOf(programme)).param("name", name)
                        .param("startsOn", "2027-03-01").param("endsOn", "2027-04-30").param("place", "Almaty, Dostyk 5")
                        .param("regionCode", "KZ-75").param("capacity", "12")
                        .param("facilitatorIds", String.valueOf(facilitator))
                        .param("sessionDate", "2027-03-02", "", "2027-04-01")
                        .param("sessionTopic", "Marketing, part 1", "", "Finance"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("SELECT topic FROM cohort_session WHERE cohort_id = ? ORDER BY held_on").param(id)
                .query(String.class).list()).containsExactly("Marketing, part 1", "Finance");
        mvc.perform(get("/cohorts/" + id).with(users.as("facilitator")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(name)));
    }

    @Test
    void aSessionOutsideTheDatesAndAFacilitatorOfAnotherRegionAreNamedAndNothingIsStored() throws Exception {
        long programme = fixture.programme();
        String name = "Refused " + unique();
        mvc.perform(post("/cohorts").with(users.as("programmes")).with(csrf()).header("Accept-Language", "en")
                        .param("programmeId", String.valueOf(programme)).param("name", name)
                        .param("startsOn", "2027-03-01").param("endsOn", "2027-04-30").param("online", "true")
                        .param("regionCode", "KZ-71").param("capacity", "12")
                        .param("facilitatorIds", String.valueOf(users.user("facilitator").id()))
                        .param("sessionDate", "2027-05-02").param("sessionTopic", "Too late"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The session date must lie within the cohort")))
                .andExpect(content().string(containsString("Choose facilitators from the list")));
        assertThat(jdbc.sql("SELECT count(*) FROM cohort WHERE name = ?").param(name).query(Long.class).single()).isZero();
    }

    @Test
    void aChangeBasedOnAnOldVersionIsRefusedWith409AndNothingIsOverwritten() throws Exception {
        long cohort = fixture.cohort(fixture.programme(), LocalDate.now().plusMonths(1));
        String body = """
                {"version": %d, "programmeId": null, "name": "%s", "startsOn": "%s", "endsOn": "%s", "online": true,
                 "regionCode": "KZ-75", "capacity": %d, "facilitatorIds": [%d]}""";
        LocalDate start = LocalDate.now().plusMonths(1);
        long facilitator = users.user("facilitator").id();
        fixture.send("PUT", "/api/v1/cohorts/" + cohort, "programmes",
                        body.formatted(0, "Renamed", start, start.plusWeeks(9), 20, facilitator), null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("Renamed"))
                .andExpect(jsonPath("$.version").value(1)).andExpect(jsonPath("$.capacity").value(20));
        fixture.send("PUT", "/api/v1/cohorts/" + cohort, "programmes",
                        body.formatted(0, "Lost update", start, start.plusWeeks(9), 5, facilitator), "ru")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.currentVersion").value(1))
                .andExpect(jsonPath("$.title").value("Изменено другим пользователем"));
        fixture.send("PUT", "/api/v1/cohorts/" + cohort, "programmes",
                        body.formatted(1, "Shorter", start.plusDays(1), start.plusWeeks(2), 0, facilitator), "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("endsOn", "capacity")));
        assertThat(jdbc.sql("SELECT name FROM cohort WHERE id = ?").param(cohort).query(String.class).single())
                .isEqualTo("Renamed");
        fixture.send("PUT", "/api/v1/cohorts/" + cohort, "facilitator",
                body.formatted(1, "By facilitator", start, start.plusWeeks(9), 20, facilitator), null)
                .andExpect(status().isForbidden());
    }

    @Test
    void administratorsDoNotOpenCohorts() throws Exception {
        long programme = fixture.programme();
        fixture.post("/api/v1/cohorts", "admin", """
                {"programmeId": %d, "name": "Admin's", "startsOn": "2027-01-01", "endsOn": "2027-02-01", "online": true,
                 "regionCode": "KZ-75", "capacity": 5}""".formatted(programme)).andExpect(status().isForbidden());
        mvc.perform(get("/cohorts/new").with(users.as("admin"))).andExpect(status().isForbidden());
    }

    @Test
    void aSessionWithAttendanceStaysAndOneWithoutIsRemoved() throws Exception {
        long cohort = fixture.cohort(fixture.programme(), LocalDate.now().minusWeeks(2));
        long enrolment = fixture.enrol(cohort, "Асель " + unique());
        List<Long> sessions = jdbc.sql("SELECT id FROM cohort_session WHERE cohort_id = ? ORDER BY held_on").param(cohort)
                .query(Long.class).list();
        fixture.post("/api/v1/cohorts/" + cohort + "/attendance", "facilitator",
                "{\"sessionId\": %d, \"rows\": [{\"enrolmentId\": %d, \"status\": \"PRESENT\"}]}".formatted(sessions.get(0), enrolment))
                .andExpect(status().isOk());
        mvc.perform(delete("/api/v1/cohorts/" + cohort + "/sessions/" + sessions.get(0)).with(users.as("facilitator"))
                        .header("Accept-Language", "kk"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Бұл сабаққа қатысу белгіленген, сондықтан оны өшіруге болмайды."));
        mvc.perform(post("/cohorts/" + cohort + "/sessions/" + sessions.get(2) + "/removal").with(users.as("facilitator"))
                        .with(csrf()).header("HX-Request", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT id FROM cohort_session WHERE cohort_id = ? ORDER BY held_on").param(cohort)
                .query(Long.class).list()).containsExactly(sessions.get(0), sessions.get(1));
    }

    @Test
    void closingAppliesTheCompletionRuleAndEndsEnrolmentAndAttendance() throws Exception {
        long cohort = fixture.cohort(fixture.programme(), LocalDate.now().minusWeeks(10));
        long keen = fixture.enrol(cohort, "Жанар " + unique());
        long absent = fixture.enrol(cohort, "Сымбат " + unique());
        long noModule = fixture.enrol(cohort, "Алия " + unique());
        List<Long> sessions = jdbc.sql("SELECT id FROM cohort_session WHERE cohort_id = ? ORDER BY held_on").param(cohort)
                .query(Long.class).list();
        for (int s = 0; s < sessions.size(); s++) {
            fixture.post("/api/v1/cohorts/" + cohort + "/attendance", "facilitator", """
                    {"sessionId": %d, "rows": [{"enrolmentId": %d, "status": "PRESENT"}, {"enrolmentId": %d, "status": "%s"},
                     {"enrolmentId": %d, "status": "PRESENT"}]}""".formatted(sessions.get(s), keen, absent,
                    s == 0 ? "PRESENT" : "ABSENT", noModule)).andExpect(status().isOk());
        }
        for (long e : new long[] {keen, absent}) {
            fixture.send("PUT", "/api/v1/cohorts/" + cohort + "/enrolments/" + e + "/modules", "facilitator",
                    "{\"modules\": [\"Finance\", \"Marketing\"]}", null).andExpect(status().isOk());
        }
        fixture.send("PUT", "/api/v1/cohorts/" + cohort + "/enrolments/" + noModule + "/modules", "facilitator",
                "{\"modules\": [\"Bookkeeping\"]}", null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("modules"));
        mvc.perform(get("/api/v1/cohorts/" + cohort + "/completion").with(users.as("facilitator")))
                .andExpect(jsonPath("$['" + keen + "'].completed").value(true))
                .andExpect(jsonPath("$['" + absent + "'].attendancePercent").value(33))
                .andExpect(jsonPath("$['" + absent + "'].reasons[0]").value("ATTENDANCE_BELOW_MINIMUM"))
                .andExpect(jsonPath("$['" + noModule + "'].missingModules[0]").value("Finance"));

        fixture.post("/api/v1/cohorts/" + cohort + "/closure", "facilitator", "{}").andExpect(status().isForbidden());
        fixture.post("/api/v1/cohorts/" + cohort + "/closure", "programmes", "{}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.closedAt").isNotEmpty());
        assertThat(jdbc.sql("SELECT status FROM enrolment WHERE cohort_id = ? ORDER BY id").param(cohort)
                .query(String.class).list()).containsExactly("COMPLETED", "ENROLLED", "ENROLLED");

        fixture.send("POST", "/api/v1/cohorts/" + cohort + "/enrolments", "facilitator", """
                        {"name": "Late", "birthYear": 1990, "sex": "FEMALE", "regionCode": "KZ-75", "consent": true}""", "ru")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Группа закрыта: записывать и отчислять участников и отмечать посещаемость больше нельзя."));
        fixture.post("/api/v1/cohorts/" + cohort + "/attendance", "facilitator",
                        "{\"sessionId\": %d, \"rows\": [{\"enrolmentId\": %d, \"status\": \"ABSENT\"}]}".formatted(sessions.get(0), keen))
                .andExpect(status().isBadRequest());
        fixture.post("/api/v1/cohorts/" + cohort + "/closure", "programmes", "{}").andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT count(*) FROM enrolment WHERE cohort_id = ?").param(cohort).query(Long.class).single())
                .isEqualTo(3);
        assertThat(jdbc.sql("SELECT status FROM attendance WHERE session_id = ? AND enrolment_id = ?")
                .params(sessions.get(0), keen).query(String.class).single()).isEqualTo("PRESENT");
        mvc.perform(get("/cohorts/" + cohort).with(users.as("programmes")).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Attended fewer sessions than the rule requires.")))
                .andExpect(content().string(containsString("Modules still to complete: Finance.")));
    }

    @Test
    void theCohortsDetailsShowNoReferralAndNoCaseData() throws Exception {
        long cohort = jdbc.sql("SELECT id FROM cohort WHERE name = 'Almaty spring group'").query(Long.class).single();
        mvc.perform(get("/cohorts/" + cohort).with(users.as("facilitator")))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.not(containsString("FSC-DEMO"))));
        mvc.perform(get("/api/v1/cohorts/" + cohort + "/completion").with(users.as("caseworker.almaty")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cohorts/" + cohort + "/completion").with(users.as("facilitator")))
                .andExpect(status().isOk()).andExpect(header().doesNotExist("Location"));
    }
}
