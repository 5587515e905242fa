package kz.tendik.programs.results;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The attendance rate the indicators publish is the completion rule's, computed from stored marks. */
@IntegrationTest
class IndicatorAttendanceTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    private ResultActions postJson(String path, String json) throws Exception {
        return mvc.perform(post(path).with(users.as("programmes")).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    /**
     * Three sessions. A: present, excused, present — 2 of 3 - 1 = 2. B: present at the first, no mark at the other
     * two (missed) — 1 of 3. Rate (2 + 1)/(2 + 3) = 0.6 (present over marks would have said 3/4).
     */
    @Test
    void sessionsAttendedOverSessionsLessExcusedAbsences() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        long programme = id(postJson("/api/v1/programmes", """
                {"kind": "VOCATIONAL", "nameKk": "Қатысу %1$s", "nameRu": "Посещение %1$s", "nameEn": "Attendance %1$s",
                 "languages": ["kk", "ru"], "regionCode": null}""".formatted(u)).andExpect(status().isCreated()));
        long cohort = id(postJson("/api/v1/cohorts", """
                {"programmeId": %d, "name": "Attendance %s", "startsOn": "2026-03-01", "endsOn": "2026-03-31",
                 "online": true, "regionCode": "KZ-75", "capacity": 5,
                 "sessions": [{"heldOn": "2026-03-02"}, {"heldOn": "2026-03-09"}, {"heldOn": "2026-03-16"}]}"""
                .formatted(programme, u)).andExpect(status().isCreated()));
        long[] women = new long[2];
        for (int i = 0; i < 2; i++) {
            women[i] = id(postJson("/api/v1/cohorts/" + cohort + "/enrolments", """
                    {"name": "Әйел %s", "birthYear": 1990, "sex": "FEMALE", "regionCode": "KZ-75", "consent": true}"""
                    .formatted(UUID.randomUUID())).andExpect(status().isCreated()));
        }
        List<Long> sessions = jdbc.sql("SELECT id FROM cohort_session WHERE cohort_id = ? ORDER BY held_on")
                .param(cohort).query(Long.class).list();
        String[][] marks = {{"PRESENT", "PRESENT"}, {"EXCUSED", null}, {"PRESENT", null}};
        for (int s = 0; s < 3; s++) {
            StringBuilder rows = new StringBuilder();
            for (int w = 0; w < 2; w++) {
                if (marks[s][w] != null) {
                    rows.append(rows.isEmpty() ? "" : ", ")
                            .append("{\"enrolmentId\": %d, \"status\": \"%s\"}".formatted(women[w], marks[s][w]));
                }
            }
            postJson("/api/v1/cohorts/" + cohort + "/attendance",
                    "{\"sessionId\": %d, \"rows\": [%s]}".formatted(sessions.get(s), rows)).andExpect(status().isOk());
        }

        String json = mvc.perform(get("/api/v1/programme-indicators").with(users.as("programmes")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Number> rate = JsonPath.read(json, "$.cohort[?(@.key == '" + cohort + "')].attendanceRate");
        assertThat(rate).singleElement().satisfies(r -> assertThat(r.doubleValue()).isCloseTo(0.6, within(1e-12)));
    }
}
