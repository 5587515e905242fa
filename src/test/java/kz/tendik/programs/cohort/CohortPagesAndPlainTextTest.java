package kz.tendik.programs.cohort;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The web pages of programmes and cohorts, and that no column holds a participant's name or contact in plain. */
@IntegrationTest
class CohortPagesAndPlainTextTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    private long demoCohort(String name) {
        return jdbc.sql("SELECT id FROM cohort WHERE name = ?").param(name).query(Long.class).single();
    }

    @Test
    void aFacilitatorEnrolsThroughTheCohortPageAndNoColumnHoldsTheNameOrContactInPlain() throws Exception {
        long cohort = demoCohort("Almaty spring group");
        String name = "Құралай Тестова " + UUID.randomUUID().toString().substring(0, 8);
        String contact = "plain-" + UUID.randomUUID().toString().substring(0, 8) + "@example.kz";
        mvc.perform(post("/cohorts/" + cohort + "/enrolments").with(users.as("facilitator")).with(csrf())
                        .param("name", name).param("contact", contact).param("birthYear", "1994")
                        .param("sex", "FEMALE").param("regionCode", "KZ-75").param("consent", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/cohorts/" + cohort).with(users.as("facilitator")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(name)));

        record Column(String table, String column, String type) {
        }
        List<Column> columns = jdbc.sql("""
                SELECT table_name, column_name, data_type FROM information_schema.columns
                WHERE table_schema = current_schema() AND data_type IN ('text', 'character varying', 'character',
                      'bytea', 'json', 'jsonb', 'ARRAY')""")
                .query((rs, n) -> new Column(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        assertThat(columns).extracting(Column::table).contains("participant");
        List<String> found = new ArrayList<>();
        for (Column c : columns) {
            // a bytea column is searched for the UTF-8 bytes themselves (an escape-encoded search never finds Cyrillic)
            String condition = c.type().equals("bytea")
                    ? "position(convert_to(?, 'UTF8') IN \"%s\") > 0".formatted(c.column())
                    : "strpos(\"%s\"::text, ?) > 0".formatted(c.column());
            for (String secret : List.of(name, contact)) {
                long hits = jdbc.sql("SELECT count(*) FROM \"%s\" WHERE %s".formatted(c.table(), condition))
                        .param(secret).query(Long.class).single();
                if (hits > 0) {
                    found.add(c.table() + "." + c.column());
                }
            }
        }
        assertThat(found).as("columns holding a participant's name or contact in plain").isEmpty();
    }

    @Test
    void enrollingWithoutConsentRedisplaysTheFormWithTheTranslatedReason() throws Exception {
        long cohort = demoCohort("Almaty spring group");
        mvc.perform(post("/cohorts/" + cohort + "/enrolments").with(users.as("facilitator")).with(csrf())
                        .header("Accept-Language", "kk").param("name", "Біреу").param("birthYear", "1990")
                        .param("sex", "MALE").param("regionCode", "KZ-75"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Қатысушыны жазбас бұрын оның келісімін белгілеңіз.")));
    }

    @Test
    @org.springframework.transaction.annotation.Transactional // leaves the demo cohort's marks as they were
    void theAttendanceFormShowsOneRowPerParticipantAndSavesAllMarksAtOnce() throws Exception {
        long cohort = demoCohort("Almaty spring group");
        long session = jdbc.sql("SELECT max(id) FROM cohort_session WHERE cohort_id = ?").param(cohort)
                .query(Long.class).single();
        List<Long> enrolments = jdbc.sql("SELECT id FROM enrolment WHERE cohort_id = ? AND status = 'ENROLLED' ORDER BY id")
                .param(cohort).query(Long.class).list();
        mvc.perform(get("/cohorts/" + cohort + "/sessions/" + session + "/attendance").with(users.as("facilitator")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"mark[" + enrolments.get(0) + "]\"")));
        List<String> before = marks(session);
        var request = post("/cohorts/" + cohort + "/sessions/" + session + "/attendance")
                .with(users.as("facilitator")).with(csrf());
        for (Long e : enrolments) {
            request.param("mark[" + e + "]", "EXCUSED");
        }
        request.param("mark[999999999]", "PRESENT");
        mvc.perform(request).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"mark[" + enrolments.get(0) + "]\"")));
        assertThat(marks(session)).as("one wrong row: nothing saved").isEqualTo(before);

        var valid = post("/cohorts/" + cohort + "/sessions/" + session + "/attendance")
                .with(users.as("facilitator")).with(csrf());
        for (Long e : enrolments) {
            valid.param("mark[" + e + "]", "EXCUSED");
        }
        mvc.perform(valid).andExpect(status().is3xxRedirection());
        assertThat(marks(session)).hasSize(enrolments.size()).containsOnly("EXCUSED");
    }

    private List<String> marks(long session) {
        return jdbc.sql("SELECT status FROM attendance WHERE session_id = ? ORDER BY enrolment_id").param(session)
                .query(String.class).list();
    }

    @Test
    void aFacilitatorGets404ForACohortTheyDoNotRunAndACaseworkerIsRefused() throws Exception {
        long programme = jdbc.sql("SELECT id FROM programme WHERE kind = 'PREVENTION' ORDER BY id LIMIT 1")
                .query(Long.class).single();
        long other = jdbc.sql("""
                INSERT INTO cohort (programme_id, name, starts_on, ends_on, place, region_code, capacity)
                VALUES (?, ?, DATE '2026-01-01', DATE '2026-02-01', 'Almaty', 'KZ-75', 5) RETURNING id""")
                .params(programme, "Other " + UUID.randomUUID()).query(Long.class).single();
        mvc.perform(get("/cohorts/" + other).with(users.as("facilitator"))).andExpect(status().isNotFound());
        mvc.perform(get("/cohorts/" + other).with(users.as("programmes"))).andExpect(status().isOk());
        mvc.perform(get("/cohorts/" + other).with(users.as("caseworker.almaty"))).andExpect(status().isForbidden());
        mvc.perform(get("/programmes").with(users.as("programmes"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/programmes/" + programme + "/edit")));
    }
}
