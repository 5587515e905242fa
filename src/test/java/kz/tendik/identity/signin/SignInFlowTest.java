package kz.tendik.identity.signin;

import kz.tendik.identity.OrgUnit;
import kz.tendik.identity.Role;
import kz.tendik.identity.account.UserAccounts;
import kz.tendik.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import jakarta.servlet.http.Cookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The web sign-in: password, then (for roles that see cases) two-factor before anything else; lockout. */
@IntegrationTest
class SignInFlowTest {

    /** Sessions live in PostgreSQL (Spring Session); the cookie names them. */
    private static final String SESSION_COOKIE = "TENDIK_SESSION";
    private static final String PASSWORD = "Steppe-Wind-Over-Ishim-77";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    JdbcClient jdbc;

    private String newUser(String username, Role role) {
        long centre = accounts.findByUsername("caseworker.astana").orElseThrow().orgUnit().centreId();
        OrgUnit unit = role.narrowestScope() == OrgUnit.Level.CENTRE ? OrgUnit.centre("KZ-71", centre) : OrgUnit.NATIONAL;
        accounts.create(username, "Test user", passwords.encode(PASSWORD), role, unit, "en");
        return username;
    }

    @Test
    void aRoleWithoutCaseAccessSignsInWithItsPasswordAlone() throws Exception {
        String user = newUser("signin.analyst", Role.NATIONAL_ANALYST);
        Cookie session = mvc.perform(post("/login").with(csrf()).param("username", user).param("password", PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie(SESSION_COOKIE);
        assertThat(session.isHttpOnly()).isTrue();
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
    }

    @Test
    void aCaseworkerWithoutTwoFactorMustEnrolBeforeSeeingAnything() throws Exception {
        String user = newUser("signin.caseworker", Role.CASEWORKER);
        Cookie session = mvc.perform(post("/login").with(csrf()).param("username", user).param("password", PASSWORD))
                .andExpect(redirectedUrl("/account/two-factor")).andReturn().getResponse().getCookie(SESSION_COOKIE);
        mvc.perform(get("/").cookie(session)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/me").cookie(session)).andExpect(status().isUnauthorized());
    }

    @Test
    void aCaseworkerWithoutTwoFactorGetsNoApiToken() throws Exception {
        String user = newUser("signin.tokenless", Role.CASEWORKER);
        mvc.perform(post("/api/v1/auth/token").contentType("application/json")
                        .content("{\"username\":\"" + user + "\",\"password\":\"" + PASSWORD + "\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() throws Exception {
        String user = newUser("signin.locked", Role.NATIONAL_ANALYST);
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").with(csrf()).param("username", user).param("password", "wrong-password-" + i))
                    .andExpect(redirectedUrl("/login?error=failed"));
        }
        mvc.perform(post("/login").with(csrf()).param("username", user).param("password", PASSWORD))
                .andExpect(redirectedUrl("/login?error=locked"));
    }

    @Test
    void signingOutIsAudited() throws Exception {
        String user = newUser("signin.signout", Role.NATIONAL_ANALYST);
        Cookie session = mvc.perform(post("/login").with(csrf()).param("username", user).param("password", PASSWORD))
                .andReturn().getResponse().getCookie(SESSION_COOKIE);
        mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'signout' AND actor_name = ?")
                .param(user).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anUnknownUsernameFailsLikeAWrongPassword() throws Exception {
        mvc.perform(post("/login").with(csrf()).param("username", "nobody.here").param("password", PASSWORD))
                .andExpect(redirectedUrl("/login?error=failed"));
    }
}
