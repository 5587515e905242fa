package kz.tendik.cases.demo;

import java.time.LocalDate;
import java.util.List;

import kz.tendik.cases.registry.SurvivorStore;
import kz.tendik.cases.survivor.Iin;
import kz.tendik.cases.survivor.SurvivorProfile;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The demo gives each demo caseworker a believable caseload: every kind of record her screens show is there. */
@IntegrationTest
class DemoCasesTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    SurvivorStore survivors;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;

    private long count(String sql, long userId) {
        return jdbc.sql(sql).param(userId).query(Long.class).single();
    }

    @ParameterizedTest
    @ValueSource(strings = {"caseworker.astana", "caseworker.almaty"})
    void eachDemoCaseworkerHasCasesWithIncidentsRisksPlansMeasuresAndFollowUps(String username) throws Exception {
        long me = users.user(username).id();
        String mine = " FROM case_assignment a WHERE a.user_id = ?";
        assertThat(count("SELECT count(*)" + mine, me)).isGreaterThanOrEqualTo(12);
        assertThat(count("SELECT count(*) FROM incident i JOIN case_assignment a ON a.case_id = i.case_id"
                + " WHERE a.user_id = ?", me)).isGreaterThanOrEqualTo(30);
        assertThat(count("SELECT count(*) FROM risk_assessment r JOIN case_assignment a ON a.case_id = r.case_id"
                + " WHERE a.user_id = ? AND r.level = 'HIGH'", me)).isPositive();
        assertThat(count("SELECT count(*) FROM safety_plan p JOIN case_assignment a ON a.case_id = p.case_id"
                + " WHERE a.user_id = ?", me)).isPositive();
        assertThat(count("SELECT count(*) FROM protective_measure m JOIN case_assignment a ON a.case_id = m.case_id"
                + " WHERE a.user_id = ? AND m.expires_at > localtimestamp AND m.expires_at < localtimestamp + interval '7 days'",
                me)).isPositive();
        assertThat(count("SELECT count(*) FROM follow_up f WHERE f.assigned_to = ? AND f.done_at IS NULL"
                + " AND f.due_on < current_date", me)).isPositive();
        assertThat(count("SELECT count(*) FROM perpetrator p JOIN incident i ON i.id = p.incident_id"
                + " JOIN case_assignment a ON a.case_id = i.case_id WHERE a.user_id = ? AND p.is_primary", me))
                .isEqualTo(count("SELECT count(*) FROM incident i JOIN case_assignment a ON a.case_id = i.case_id"
                        + " WHERE a.user_id = ?", me));

        long generated = jdbc.sql("SELECT max(a.case_id)" + mine).param(me).query(Long.class).single();
        mvc.perform(get("/cases/" + generated).with(users.as(username))).andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = {"caseworker.astana", "caseworker.almaty"})
    void demoSurvivorsHaveKazakhOrRussianNamesAndIinsThatAgreeWithBirthAndSex(String username) {
        long me = users.user(username).id();
        // only the survivors the demo transaction wrote (other tests register survivors of their own in this database)
        List<Long> ids = jdbc.sql("SELECT c.survivor_id FROM case_file c JOIN case_assignment a ON a.case_id = c.id"
                + " JOIN survivor s ON s.id = c.survivor_id WHERE a.user_id = ?"
                + " AND s.xmin = (SELECT xmin FROM system_setting WHERE name = 'demo.loaded')").param(me).query(Long.class).list();
        assertThat(ids).isNotEmpty();
        int withIin = 0;
        java.util.Set<Object> statuses = new java.util.HashSet<>();
        for (long id : ids) {
            SurvivorProfile p = survivors.find(id).orElseThrow().profile();
            statuses.add(p.maritalStatus());
            assertThat(p.displacementStatus()).isNotNull();
            assertThat(p.fullName()).matches("[А-ЯЁӘҒҚҢӨҰҮҺІа-яёәғқңөұүһіA-Za-z ,.-]+");
            assertThat(p.dateOfBirth()).isBefore(LocalDate.now());
            if (p.iin() != null) {
                withIin++;
                assertThat(Iin.isValid(p.iin())).as(p.iin()).isTrue();
                assertThat(Iin.parse(p.iin()).disagreementsWith(p.dateOfBirth(), p.sex())).isEmpty();
            }
        }
        assertThat(withIin).isGreaterThan(ids.size() / 2);
        // the case page and the Incident Recorder have more than one marital status to show
        assertThat(statuses).hasSizeGreaterThan(1).doesNotContainNull();
    }
}
