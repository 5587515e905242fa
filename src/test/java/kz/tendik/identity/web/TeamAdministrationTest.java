package kz.tendik.identity.web;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import kz.tendik.identity.OrgUnit;
import kz.tendik.identity.Role;
import kz.tendik.identity.Teams;
import kz.tendik.identity.account.UserAccounts;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who supervises whom (decision 0026), set by an administrator or the centre's manager on {@code /admin/teams} and
 * through {@code /api/v1/teams}: validated (a supervisor of a centre, caseworkers of the same centre, every wrong entry
 * named in the caller's language, nothing half-stored), audited per caseworker added or removed, and undone when a
 * member changes role or centre.
 */
@IntegrationTest
class TeamAdministrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    UserAccounts userAccounts;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Teams teams;

    TestAccounts accounts;
    long astana;
    long supervisor;
    long caseworker;

    @BeforeEach
    void aSupervisorAndACaseworkerAtAstana() {
        accounts = new TestAccounts(userAccounts, passwords, jdbc);
        astana = accounts.centreIn("KZ-71");
        supervisor = accounts.id(accounts.create("sv", Role.SUPERVISOR, OrgUnit.centre("KZ-71", astana)));
        caseworker = accounts.id(accounts.caseworker());
    }

    @Test
    void theManagerSetsATeamOfHerCentreThroughTheApiAndEveryChangeIsAudited() throws Exception {
        long second = accounts.id(accounts.caseworker());
        setTeam("manager.astana", supervisor, "[" + caseworker + ", " + second + ", " + caseworker + "]")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.centreId").value(astana))
                .andExpect(jsonPath("$.members[*].caseworkerId").value(containsInAnyOrder((int) caseworker, (int) second)))
                .andExpect(jsonPath("$.members[0].since").exists());
        assertThat(teams.teamOf(supervisor)).containsExactlyInAnyOrder(caseworker, second);
        setTeam("manager.astana", supervisor, "[" + second + "]").andExpect(status().isOk());
        assertThat(teams.teamOf(supervisor)).containsExactly(second);
        assertThat(jdbc.sql("""
                SELECT purpose FROM audit_entry WHERE action = 'account.change' AND object_type = 'user' AND object_id = ?
                AND actor_name = 'manager.astana' ORDER BY id""").param(String.valueOf(supervisor)).query(String.class).list())
                .containsExactlyInAnyOrder("team-added:" + caseworker, "team-added:" + second, "team-removed:" + caseworker);
        // the centre's teams: the demo team is there, and a caseworker in no team is named
        String centre = mvc.perform(get("/api/v1/teams").with(users.as("manager.astana")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.centreId").value(astana))
                .andReturn().getResponse().getContentAsString();
        List<Object> demo = JsonPath.read(centre, "$.teams[?(@.username == 'supervisor.astana')].members[*].username");
        assertThat(demo).contains("caseworker.astana");
        List<Object> unsupervised = JsonPath.read(centre, "$.unsupervised[*].id");
        assertThat(unsupervised).contains((int) caseworker).doesNotContain((int) second);
    }

    @Test
    void wrongEntriesAreAllNamedInTheCallersLanguageAndNothingIsStored() throws Exception {
        setTeam("manager.astana", supervisor, "[" + caseworker + "]").andExpect(status().isOk());
        long almatyCaseworker = users.user("caseworker.almaty").id();
        long manager = users.user("manager.astana").id();
        setTeam("manager.astana", supervisor, "[" + manager + ", 987654321, " + almatyCaseworker + ", null]", "ru")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("caseworkerIds[0]", "caseworkerIds[1]",
                        "caseworkerIds[2]", "caseworkerIds[3]")))
                .andExpect(jsonPath("$.errors[?(@.field == 'caseworkerIds[0]')].message")
                        .value("Этот пользователь не специалист по ведению случаев."))
                // another centre's caseworker is not even named to a manager: outside her scope, as if unknown
                .andExpect(jsonPath("$.errors[?(@.field == 'caseworkerIds[2]')].message").value("Такого пользователя нет."));
        // an administrator sees the whole country, so she is told why
        setTeam("admin", supervisor, "[" + almatyCaseworker + "]", "kk")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("caseworkerIds[0]"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Бұл маман басқа орталықта жұмыс істейді: топ бір орталықтың қызметкерлерінен құралады."));
        // only a supervisor has a team; the list is required
        setTeam("manager.astana", caseworker, "[" + caseworker + "]", "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("supervisorId"))
                .andExpect(jsonPath("$.errors[0].message").value("Only a supervisor can have a team."));
        mvc.perform(put("/api/v1/teams/" + supervisor).with(users.as("manager.astana"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("caseworkerIds"));
        assertThat(teams.teamOf(supervisor)).containsExactly(caseworker);
    }

    @Test
    void aManagerSetsTeamsOfHerOwnCentreOnlyAndOtherRolesNotAtAll() throws Exception {
        long almaty = accounts.centreIn("KZ-75");
        long almatySupervisor = accounts.id(accounts.create("sv", Role.SUPERVISOR, OrgUnit.centre("KZ-75", almaty)));
        setTeam("manager.astana", almatySupervisor, "[]").andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/teams/" + almatySupervisor).with(users.as("manager.astana")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/teams").param("centreId", String.valueOf(almaty)).with(users.as("manager.astana")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/teams/" + almatySupervisor).with(users.as("admin"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/teams").with(users.as("admin"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("centreId"));
        for (String user : new String[] {"supervisor.astana", "caseworker.astana", "auditor"}) {
            setTeam(user, supervisor, "[" + caseworker + "]").andExpect(status().isForbidden());
        }
        assertThat(teams.teamOf(supervisor)).isEmpty();
    }

    @Test
    void theManagerTicksTheTeamOnThePage() throws Exception {
        mvc.perform(get("/admin/teams").with(users.as("manager.astana")).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Supervisors&#39; teams")))
                .andExpect(content().string(containsString("Елена Ким")))
                .andExpect(content().string(containsString("Caseworkers in no team")))
                .andExpect(content().string(containsString("action=\"/admin/teams/" + supervisor + "\"")));
        mvc.perform(post("/admin/teams/" + supervisor).with(users.as("manager.astana")).with(csrf())
                        .param("caseworkerIds", String.valueOf(caseworker)))
                .andExpect(redirectedUrl("/admin/teams?centre=" + astana + "#team-" + supervisor));
        assertThat(teams.teamOf(supervisor)).containsExactly(caseworker);
        // a wrong entry (the manager herself, by a crafted request) redisplays the page with the error
        mvc.perform(post("/admin/teams/" + supervisor).with(users.as("manager.astana")).with(csrf()).param("lang", "ru")
                        .param("caseworkerIds", String.valueOf(users.user("manager.astana").id())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Этот пользователь не специалист по ведению случаев.")));
        assertThat(teams.teamOf(supervisor)).containsExactly(caseworker);
        // nothing ticked empties the team
        mvc.perform(post("/admin/teams/" + supervisor).with(users.as("manager.astana")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(teams.teamOf(supervisor)).isEmpty();
        // an administrator first chooses a centre; the user page links a supervisor to her team
        mvc.perform(get("/admin/teams").with(users.as("admin")).param("lang", "kk"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("name=\"centre\"")))
                .andExpect(content().string(not(containsString("action=\"/admin/teams/"))));
        mvc.perform(get("/admin/teams").with(users.as("admin")).param("centre", String.valueOf(astana)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"/admin/teams/" + supervisor + "\"")));
        mvc.perform(get("/admin/users/" + supervisor).with(users.as("admin")))
                .andExpect(content().string(containsString("/admin/teams?centre=" + astana + "#team-" + supervisor)));
        mvc.perform(get("/admin/teams").with(users.as("supervisor.astana"))).andExpect(status().isForbidden());
    }

    @Test
    void aChangeOfRoleOrCentreTakesTheUserOutOfHerTeams() throws Exception {
        setTeam("manager.astana", supervisor, "[" + caseworker + "]").andExpect(status().isOk());
        String caseworkerName = userAccounts.findById(caseworker).orElseThrow().username();
        mvc.perform(put("/api/v1/users/" + caseworker).with(users.as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"displayName":"Moved","role":"CASEWORKER","scope":"CENTRE","centreId":%d,"language":"en",
                                 "enabled":true}""".formatted(accounts.centreIn("KZ-75"))))
                .andExpect(status().isOk());
        assertThat(teams.teamOf(supervisor)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM supervision WHERE caseworker_id = ?").param(caseworker)
                .query(Long.class).single()).as(caseworkerName).isZero();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_entry WHERE action = 'account.change' AND object_id = ? AND purpose = ?
                AND actor_name = 'admin'""").params(String.valueOf(supervisor), "team-removed:" + caseworker)
                .query(Long.class).single()).isOne();
    }

    private ResultActions setTeam(String user, long supervisorId, String ids) throws Exception {
        return setTeam(user, supervisorId, ids, "en");
    }

    private ResultActions setTeam(String user, long supervisorId, String ids, String language) throws Exception {
        return mvc.perform(put("/api/v1/teams/" + supervisorId).with(users.as(user)).header("Accept-Language", language)
                .contentType(MediaType.APPLICATION_JSON).content("{\"caseworkerIds\": " + ids + "}"));
    }
}
