package kz.tendik.cases.access;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import kz.tendik.cases.CaseTestData;
import kz.tendik.identity.OrgUnit;
import kz.tendik.identity.Role;
import kz.tendik.identity.account.UserAccounts;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static kz.tendik.cases.closure.ClosureSteps.COMPLETE_CHECKLIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A supervisor reaches her team's cases (decision 0026), through HTTP: at the Astana centre, supervisor.astana
 * supervises caseworker.astana (the demo team); a second supervisor supervises a second caseworker. supervisor.astana
 * opens, lists and sees on her home page her team's case and a case assigned to no one, never the other team's (404
 * and audited, as every case out of reach), which she opens only by break-glass (audited, shown on the case to its
 * caseworker) and whose closure she cannot approve; the centre manager reaches all three.
 */
@IntegrationTest
class SupervisorTeamScopeTest {

    private static final String SUPERVISOR = "supervisor.astana";
    private static final String MANAGER = "manager.astana";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    private String otherCaseworker;
    private String otherSupervisor;
    private long teamCase;
    private long otherCase;
    private long unassignedCase;

    @BeforeEach
    void twoTeamsAtOneCentre() throws Exception {
        long centre = users.user("caseworker.astana").orgUnit().centreId();
        OrgUnit astana = OrgUnit.centre("KZ-71", centre);
        String tag = Long.toString(System.nanoTime(), 36);
        otherCaseworker = "cw.team." + tag;
        otherSupervisor = "sv.team." + tag;
        accounts.create(otherCaseworker, "Сауле Ахметова", "{noop}unused", Role.CASEWORKER, astana, "kk");
        accounts.create(otherSupervisor, "Айгуль Серикова", "{noop}unused", Role.SUPERVISOR, astana, "ru");
        send(put("/api/v1/teams/" + id(otherSupervisor)), MANAGER,
                "{\"caseworkerIds\": [" + id(otherCaseworker) + "]}").andExpect(status().isOk());

        teamCase = CaseTestData.openCase(mvc, users, "caseworker.astana");
        otherCase = CaseTestData.openCase(mvc, users, otherCaseworker);
        // opened by the supervisor without naming a caseworker: assigned to no one yet
        unassignedCase = CaseTestData.openCase(mvc, users, SUPERVISOR);
    }

    @Test
    void theSupervisorOpensHerTeamsCaseAndAnUnassignedOneButNotAnotherTeamsCase() throws Exception {
        read(SUPERVISOR, teamCase).andExpect(status().isOk()).andExpect(jsonPath("$.reach").value("TEAM"));
        read(SUPERVISOR, unassignedCase).andExpect(status().isOk()).andExpect(jsonPath("$.reach").value("TEAM"))
                .andExpect(jsonPath("$.caseworkers").isEmpty());
        read(SUPERVISOR, otherCase).andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + otherCase).with(users.as(SUPERVISOR))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/" + otherCase + "/notes").with(users.as(SUPERVISOR)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_entry WHERE action = 'case.read' AND object_id = ? AND outcome = 'DENIED'
                AND actor_name = ?""").params(String.valueOf(otherCase), SUPERVISOR).query(Long.class).single())
                .isPositive();
        // the other team's survivor is out of reach too (she has a case, which is not of this team)
        long otherSurvivor = jdbc.sql("SELECT survivor_id FROM case_file WHERE id = ?").param(otherCase)
                .query(Long.class).single();
        mvc.perform(get("/api/v1/survivors/" + otherSurvivor).with(users.as(SUPERVISOR)))
                .andExpect(status().isNotFound());
        // the other supervisor: the other way round, and the unassigned case like every supervisor of the centre
        read(otherSupervisor, otherCase).andExpect(status().isOk()).andExpect(jsonPath("$.reach").value("TEAM"));
        read(otherSupervisor, teamCase).andExpect(status().isNotFound());
        read(otherSupervisor, unassignedCase).andExpect(status().isOk());
        // the manager reaches the whole centre
        for (long kase : new long[] {teamCase, otherCase, unassignedCase}) {
            read(MANAGER, kase).andExpect(status().isOk()).andExpect(jsonPath("$.reach").value("CENTRE"));
        }
    }

    @Test
    void listsAndTheHomePageHoldTheTeamsCasesAndTheUnassignedOnesOnly() throws Exception {
        List<Number> listed = JsonPath.read(body(get("/api/v1/cases"), SUPERVISOR), "$.items[*].id");
        assertThat(listed.stream().map(Number::longValue).toList()).contains(teamCase, unassignedCase)
                .doesNotContain(otherCase);
        String filtered = body(get("/api/v1/cases").param("caseworkerId", String.valueOf(id(otherCaseworker))),
                SUPERVISOR);
        assertThat((Integer) JsonPath.read(filtered, "$.total")).isZero();
        List<Number> managers = JsonPath.read(body(get("/api/v1/cases"), MANAGER), "$.items[*].id");
        assertThat(managers.stream().map(Number::longValue).toList()).contains(teamCase, otherCase, unassignedCase);

        List<Number> home = JsonPath.read(body(get("/api/v1/cases/work/my-cases"), SUPERVISOR), "$.items[*].caseId");
        assertThat(home.stream().map(Number::longValue).toList()).contains(teamCase, unassignedCase)
                .doesNotContain(otherCase);
        // the list page offers her team's caseworkers as a filter, not the other team's
        mvc.perform(get("/cases").with(users.as(SUPERVISOR))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Динара Оспанова")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Сауле Ахметова"))));
    }

    @Test
    void anotherTeamsCaseOpensByBreakGlassAuditedAndShownToItsCaseworkerButItsClosureIsNotHersToApprove()
            throws Exception {
        send(post("/api/v1/cases/" + teamCase + "/break-glass"), SUPERVISOR, "{\"reason\": \"Не нужен\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        // the other caseworker asks to close her case: its approval is her supervisor's, not supervisor.astana's
        int v = closureVersion(otherCaseworker, otherCase);
        send(post("/api/v1/cases/" + otherCase + "/closure"), otherCaseworker,
                "{\"version\": " + v + ", " + COMPLETE_CHECKLIST + "}").andExpect(status().isCreated());
        send(post("/api/v1/cases/" + otherCase + "/closure/approve"), SUPERVISOR, "{\"version\": " + (v + 1) + "}")
                .andExpect(status().isNotFound());

        String grant = send(post("/api/v1/cases/" + otherCase + "/break-glass"), SUPERVISOR,
                "{\"reason\": \"Коллега в отпуске, пострадавшая звонит из полиции\"}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long grantId = ((Number) JsonPath.read(grant, "$.id")).longValue();
        read(SUPERVISOR, otherCase).andExpect(status().isOk()).andExpect(jsonPath("$.reach").value("BREAK_GLASS"));
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_entry WHERE action IN ('case.break-glass', 'case.read') AND object_id = ?
                AND actor_name = ? AND purpose = ? AND outcome = 'SUCCESS'""")
                .params(String.valueOf(otherCase), SUPERVISOR, "break-glass:" + grantId).query(Long.class).single())
                .isGreaterThanOrEqualTo(2);
        // approving is a management act of her normal reach: not by break-glass (403)
        send(post("/api/v1/cases/" + otherCase + "/closure/approve"), SUPERVISOR, "{\"version\": " + (v + 1) + "}")
                .andExpect(status().isForbidden());
        // the case's own caseworker sees who opened it and why
        mvc.perform(get("/cases/" + otherCase).with(users.as(otherCaseworker)).header("Accept-Language", "ru"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Елена Ким")))
                .andExpect(content().string(containsString("Коллега в отпуске, пострадавшая звонит из полиции")));
        // her own supervisor approves
        send(post("/api/v1/cases/" + otherCase + "/closure/approve"), otherSupervisor, "{\"version\": " + (v + 1) + "}")
                .andExpect(status().isOk());
    }

    @Test
    void theSupervisorAssignsWithinHerTeamAndReachesACaseOnceItsCaseworkerJoinsHerTeam() throws Exception {
        int version = JsonPath.read(body(get("/api/v1/cases/" + unassignedCase), SUPERVISOR), "$.version");
        send(put("/api/v1/cases/" + unassignedCase), SUPERVISOR,
                "{\"version\": " + version + ", \"caseworkerIds\": [" + id(otherCaseworker) + "]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("caseworkerIds[0]"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("не входит в вашу команду")));
        send(put("/api/v1/cases/" + unassignedCase), SUPERVISOR,
                "{\"version\": " + version + ", \"caseworkerIds\": [" + id("caseworker.astana") + "]}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.reach").value("TEAM"));
        // now assigned to her team: the other supervisor no longer reaches it
        read(otherSupervisor, unassignedCase).andExpect(status().isNotFound());

        long supervisor = id(SUPERVISOR);
        List<Long> before = team(supervisor);
        try {
            List<Long> wider = new java.util.ArrayList<>(before);
            wider.add(id(otherCaseworker));
            send(put("/api/v1/teams/" + supervisor), MANAGER, "{\"caseworkerIds\": " + wider + "}")
                    .andExpect(status().isOk());
            read(SUPERVISOR, otherCase).andExpect(status().isOk()).andExpect(jsonPath("$.reach").value("TEAM"));
        } finally {
            send(put("/api/v1/teams/" + supervisor), MANAGER, "{\"caseworkerIds\": " + before + "}")
                    .andExpect(status().isOk());
        }
        read(SUPERVISOR, otherCase).andExpect(status().isNotFound());
    }

    private List<Long> team(long supervisor) throws Exception {
        List<Number> ids = JsonPath.read(body(get("/api/v1/teams/" + supervisor), MANAGER), "$.members[*].caseworkerId");
        return ids.stream().map(Number::longValue).toList();
    }

    private int closureVersion(String user, long caseId) throws Exception {
        return JsonPath.read(body(get("/api/v1/cases/" + caseId + "/closure"), user), "$.version");
    }

    private ResultActions read(String user, long caseId) throws Exception {
        return mvc.perform(get("/api/v1/cases/" + caseId).with(users.as(user)));
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String user, String json) throws Exception {
        return mvc.perform(request.with(users.as(user)).contentType(MediaType.APPLICATION_JSON).content(json)
                .header("Accept-Language", "ru"));
    }

    private String body(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(users.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private long id(String username) {
        return users.user(username).id();
    }
}
