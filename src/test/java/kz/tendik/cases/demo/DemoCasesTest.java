package kz.tendik.cases.demo;

import java.time.LocalDate;
import java.util.List;

import kz.tendik.cases.registry.SurvivorStore;
import kz.tendik.cases.survivor.Iin;
import kz.tendik.cases.survivor.SurvivorProfile;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import kz.tendik.shared.demo.DemoLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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

    /** Rows the demo transaction wrote (other tests write plans and codes of their own in this database). */
    private static final String DEMO = " = (SELECT xmin FROM system_setting WHERE name = 'demo.loaded')";

    @ParameterizedTest
    @ValueSource(strings = {"caseworker.astana", "caseworker.almaty"})
    void eachDemoCaseworkerHasACaseWithAnAgreedHelpPlanAndAProgrammeCodeIssuedAfterTheConsentToIt(String username)
            throws Exception {
        long me = users.user(username).id();
        List<Long> planned = jdbc.sql("""
                SELECT p.case_id FROM case_plan p JOIN case_assignment a ON a.case_id = p.case_id
                WHERE a.user_id = ? AND p.survivor_agreed AND p.xmin""" + DEMO + """
                 AND (SELECT count(*) FROM case_plan_service s WHERE s.case_id = p.case_id) >= 2""")
                .param(me).query(Long.class).list();
        assertThat(planned).hasSize(1);
        long caseId = planned.get(0);
        assertThat(jdbc.sql("SELECT case_plan_recorded FROM case_file WHERE id = ?").param(caseId)
                .query(Boolean.class).single()).isTrue();
        // the code rests on a consent to programme referral given before it was issued
        List<String> codes = jdbc.sql("""
                SELECT r.code FROM programme_referral r JOIN consent c ON c.id = r.consent_id
                WHERE r.case_id = ? AND c.case_id = r.case_id AND c.purpose = 'PROGRAMME' AND c.given
                  AND c.recorded_at < r.issued_at AND r.xmin""" + DEMO).param(caseId).query(String.class).list();
        assertThat(codes).hasSize(1);
        assertThat(codes.get(0)).matches("PR-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}");
        String page = mvc.perform(get("/cases/" + caseId).with(users.as(username)).header("Accept-Language", "ru"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(codes.get(0), "запланированных услуг", "Трудоустройство",
                username.endsWith("astana") ? "Жить отдельно от мужа" : "Временное убежище на две недели");
    }

    @Test
    void theAstanaDemoPlanHasItsFirstServiceDeliveredAndLoggedAgainstThePlan() throws Exception {
        long caseId = jdbc.sql("SELECT min(case_id) FROM case_plan WHERE xmin" + DEMO + " AND case_id IN"
                + " (SELECT case_id FROM case_assignment WHERE user_id = ?)")
                .param(users.user("caseworker.astana").id()).query(Long.class).single();
        assertThat(jdbc.sql("""
                SELECT s.service || '|' || p.position FROM case_service s JOIN case_plan_service p ON p.id = s.plan_service_id
                WHERE s.case_id = ?""").param(caseId).query(String.class).list()).containsExactly("PSYCHOLOGICAL|0");
        mvc.perform(get("/api/v1/cases/" + caseId + "/case-plan").with(users.as("caseworker.astana")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.goals").value(org.hamcrest.Matchers.startsWith("Жить отдельно от мужа")))
                .andExpect(jsonPath("$.services[0].deliveries").value(1))
                .andExpect(jsonPath("$.services[1].deliveries").value(0));
    }

    @Test
    void loadingTheDemoAgainChangesNothing(@Autowired DemoLoader loader) {
        String counts = "SELECT (SELECT count(*) FROM case_file) || '/' || (SELECT count(*) FROM case_plan) || '/'"
                + " || (SELECT count(*) FROM programme_referral) || '/' || (SELECT count(*) FROM case_service)";
        String before = jdbc.sql(counts).query(String.class).single();
        assertThat(loader.loadOnce()).isFalse();
        assertThat(jdbc.sql(counts).query(String.class).single()).isEqualTo(before);
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
