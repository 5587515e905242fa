package kz.tendik.identity.web;

import kz.tendik.identity.OrgUnit;
import kz.tendik.identity.Role;
import kz.tendik.identity.account.UserAccount;
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

import static kz.tendik.identity.web.TestAccounts.PASSWORD;
import static kz.tendik.identity.web.TestAccounts.first;
import static kz.tendik.identity.web.TestAccounts.from;
import static kz.tendik.identity.web.TestAccounts.randomIp;
import static kz.tendik.identity.web.TestAccounts.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class UserAdministrationTest {

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

    TestAccounts accounts;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(userAccounts, passwords, jdbc);
    }

    @Test
    void theListFiltersByRoleRegionAndUsername() throws Exception {
        mvc.perform(get("/admin/users").with(users.as("admin")).param("role", "CASEWORKER").param("region", "KZ-75"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("caseworker.almaty")))
                .andExpect(content().string(not(containsString("caseworker.astana"))));
        mvc.perform(get("/admin/users").with(users.as("admin")).param("q", "coordinator"))
                .andExpect(content().string(containsString("coordinator.astana")))
                .andExpect(content().string(not(containsString("caseworker.almaty"))));
    }

    @Test
    void onlyTheAdministratorManagesUsers() throws Exception {
        mvc.perform(get("/admin/users").with(users.as("manager.astana"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/users").with(users.as("auditor"))).andExpect(status().isForbidden());
    }

    @Test
    void anAdministratorCreatesACaseworkerInACentreOnThePage() throws Exception {
        String username = uniqueName("new.cw");
        long centre = accounts.centreIn("KZ-75");
        String location = mvc.perform(post("/admin/users").with(users.as("admin")).with(csrf())
                        .param("username", username).param("displayName", "Айжан Серікқызы").param("role", "CASEWORKER")
                        .param("scope", "CENTRE").param("centreId", String.valueOf(centre)).param("language", "kk")
                        .param("password", "Zebra-Velvet-Kettle-42"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UserAccount created = userAccounts.findByUsername(username).orElseThrow();
        assertThat(location).isEqualTo("/admin/users/" + created.id());
        assertThat(created.orgUnit()).isEqualTo(OrgUnit.centre("KZ-75", centre));
        assertThat(created.passwordHash()).startsWith("{argon2}");
        mvc.perform(get(location).with(users.as("admin")).param("lang", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Not locked")));
    }

    @Test
    void aScopeThatDoesNotFitTheRoleAndAWeakPasswordAreShownOnTheForm() throws Exception {
        String username = uniqueName("bad");
        mvc.perform(post("/admin/users").with(users.as("admin")).with(csrf()).param("lang", "en")
                        .param("username", username).param("displayName", "X").param("role", "REGIONAL_COORDINATOR")
                        .param("scope", "CENTRE").param("centreId", String.valueOf(accounts.centreIn("KZ-71")))
                        .param("language", "ru").param("password", "qwertyuiop123"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This role cannot have this access scope.")))
                .andExpect(content().string(containsString("This is one of the most common passwords.")));
        assertThat(userAccounts.findByUsername(username)).isEmpty();
    }

    @Test
    void anAdministratorChangesRoleScopeAndDisablesAnAccount() throws Exception {
        String username = accounts.caseworker();
        long id = accounts.id(username);
        mvc.perform(post("/admin/users/" + id).with(users.as("admin")).with(csrf())
                        .param("displayName", "Renamed").param("role", "REGIONAL_COORDINATOR").param("scope", "REGION")
                        .param("regionCode", "KZ-79").param("language", "ru").param("_enabled", "on"))
                .andExpect(redirectedUrl("/admin/users/" + id));
        UserAccount changed = userAccounts.findById(id).orElseThrow();
        assertThat(changed.role()).isEqualTo(Role.REGIONAL_COORDINATOR);
        assertThat(changed.orgUnit()).isEqualTo(OrgUnit.region("KZ-79"));
        assertThat(changed.enabled()).as("an unticked box disables").isFalse();
        mvc.perform(get("/admin/users/999999999").with(users.as("admin"))).andExpect(status().isNotFound());
    }

    @Test
    void anAdministratorCannotDemoteThemself() throws Exception {
        long adminId = accounts.id("admin");
        mvc.perform(post("/admin/users/" + adminId).with(users.as("admin")).with(csrf()).param("lang", "en")
                        .param("displayName", "Айгерім Сапарова").param("role", "AUDITOR").param("scope", "NATIONAL")
                        .param("language", "ru").param("enabled", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You cannot take the administrator role from yourself")));
        assertThat(userAccounts.findById(adminId).orElseThrow().role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void anAdministratorResetsTwoFactorOnThePage() throws Exception {
        String username = accounts.caseworker();
        long id = accounts.id(username);
        jdbc.sql("UPDATE app_user SET totp_secret = 'JBSWY3DPEHPK3PXP', totp_enrolled_at = now() WHERE id = ?").param(id).update();
        mvc.perform(post("/admin/users/" + id + "/two-factor/reset").with(users.as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + id));
        assertThat(userAccounts.findById(id).orElseThrow().twoFactorEnrolled()).isFalse();
    }

    @Test
    void usersAreCreatedChangedAndListedThroughTheApi() throws Exception {
        String username = uniqueName("api");
        String body = mvc.perform(post("/api/v1/users").with(users.as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username":"%s","displayName":"Api User","role":"FACILITATOR","scope":"REGION",
                                 "regionCode":"KZ-75","language":"en","password":"Zebra-Velvet-Kettle-42"}""".formatted(username)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/users/")))
                .andExpect(jsonPath("$.scope").value("REGION"))
                .andReturn().getResponse().getContentAsString();
        String id = first(body, "\"id\":(\\d+)");
        mvc.perform(put("/api/v1/users/" + id).with(users.as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"displayName":"Api User","role":"FACILITATOR","scope":"NATIONAL","language":"kk","enabled":true}"""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.scope").value("NATIONAL"))
                .andExpect(jsonPath("$.language").value("kk"));
        mvc.perform(get("/api/v1/users/" + id).with(users.as("admin")))
                .andExpect(jsonPath("$.username").value(username)).andExpect(jsonPath("$.locked").value(false));
        mvc.perform(get("/api/v1/users").with(users.as("admin")).param("q", username))
                .andExpect(jsonPath("$[0].id").value(Long.parseLong(id)));
        mvc.perform(post("/api/v1/users/" + id + "/two-factor/reset").with(users.as("admin"))).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/users/999999999").with(users.as("admin"))).andExpect(status().isNotFound());
    }

    @Test
    void aDuplicateUsernameThroughTheApiIsA400NamingTheFieldInTheCallersLanguage() throws Exception {
        mvc.perform(post("/api/v1/users").with(users.as("admin")).header("Accept-Language", "kk")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username":"Analyst","displayName":"Dup","role":"NATIONAL_ANALYST","scope":"NATIONAL",
                                 "language":"en","password":"Zebra-Velvet-Kettle-42"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("username"))
                .andExpect(jsonPath("$.errors[0].message").value("Бұл пайдаланушы аты бос емес."));
        mvc.perform(post("/api/v1/users").with(users.as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"x\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors").isArray());
    }

    @Test
    void fiveWrongPasswordsLockTheTokenEndpointUntilAnAdministratorUnlocks() throws Exception {
        String username = accounts.analyst();
        long id = accounts.id(username);
        String ip = randomIp();
        for (int i = 0; i < 5; i++) {
            tokenRequest(username, "wrong password " + i, ip).andExpect(status().isUnauthorized());
        }
        tokenRequest(username, PASSWORD, ip).andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
        mvc.perform(get("/api/v1/users/" + id).with(users.as("admin"))).andExpect(jsonPath("$.locked").value(true));
        mvc.perform(get("/admin/users/" + id).with(users.as("admin")).param("lang", "en"))
                .andExpect(content().string(containsString("/admin/users/" + id + "/unlock")));

        mvc.perform(post("/api/v1/users/" + id + "/unlock").with(users.as("admin"))).andExpect(status().isNoContent());
        tokenRequest(username, PASSWORD, ip).andExpect(status().isOk()).andExpect(jsonPath("$.token").exists());
    }

    @Test
    void anAdministratorUnlocksOnThePage() throws Exception {
        String username = accounts.analyst();
        long id = accounts.id(username);
        String ip = randomIp();
        for (int i = 0; i < 5; i++) {
            tokenRequest(username, "wrong", ip);
        }
        mvc.perform(post("/admin/users/" + id + "/unlock").with(users.as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + id));
        tokenRequest(username, PASSWORD, ip).andExpect(status().isOk());
    }

    private org.springframework.test.web.servlet.ResultActions tokenRequest(String username, String password, String ip)
            throws Exception {
        return mvc.perform(post("/api/v1/auth/token").with(from(ip)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"));
    }
}
