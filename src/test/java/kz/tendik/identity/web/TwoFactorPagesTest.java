package kz.tendik.identity.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.tendik.identity.account.UserAccounts;
import kz.tendik.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static kz.tendik.identity.web.TestAccounts.PASSWORD;
import static kz.tendik.identity.web.TestAccounts.first;
import static kz.tendik.identity.web.TestAccounts.from;
import static kz.tendik.identity.web.TestAccounts.randomIp;
import static kz.tendik.identity.web.TestAccounts.totp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class TwoFactorPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts userAccounts;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    JdbcClient jdbc;

    TestAccounts accounts;
    String ip;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(userAccounts, passwords, jdbc);
        ip = randomIp();
    }

    private Browser signInWithPassword(String username) throws Exception {
        Browser session = new Browser(mvc, ip);
        session.perform(post("/login").with(csrf())
                        .param("username", username).param("password", PASSWORD))
                .andExpect(status().is3xxRedirection());
        return session;
    }

    private String secretShownTo(Browser session) throws Exception {
        String page = session.perform(get("/account/two-factor").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data:image/png;base64,")))
                .andReturn().getResponse().getContentAsString();
        return first(page, "data-secret=\"([A-Z2-7]+)\"");
    }

    @Test
    void aCaseworkerIsForcedToEnrolThenSignsInWithACode() throws Exception {
        String username = accounts.caseworker();
        Browser session = new Browser(mvc, ip);
        session.perform(post("/login").with(csrf())
                        .param("username", username).param("password", PASSWORD))
                .andExpect(redirectedUrl("/account/two-factor"));
        // the partial session reaches nothing but enrolment
        session.perform(get("/account")).andExpect(status().isForbidden());
        session.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());

        String secret = secretShownTo(session);
        assertThat(secretShownTo(session)).as("a reload shows the same pending secret").isEqualTo(secret);
        session.perform(post("/account/two-factor").with(csrf()).param("code", "000000").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The code is not correct")));
        String codesPage = session.perform(post("/account/two-factor").with(csrf())
                        .param("code", totp(secret)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Recovery codes")))
                .andExpect(content().string(containsString("/account/two-factor/continue")))
                .andReturn().getResponse().getContentAsString();
        Matcher codes = Pattern.compile("<li><code>([a-z0-9-]+)</code></li>").matcher(codesPage);
        assertThat(codes.results().count()).isEqualTo(10);

        session.perform(post("/account/two-factor/continue").with(csrf()))
                .andExpect(status().is3xxRedirection());
        session.perform(get("/account")).andExpect(status().isOk());

        // a later sign-in asks for the code
        Browser later = new Browser(mvc, ip);
        later.perform(post("/login").with(csrf())
                        .param("username", username).param("password", PASSWORD))
                .andExpect(redirectedUrl("/login/two-factor"));
        later.perform(post("/login/two-factor").with(csrf()).param("code", totp(secret)))
                .andExpect(redirectedUrl("/"));
        later.perform(get("/")).andExpect(status().isOk());
    }

    @Test
    void continuingWithoutEnrolmentDoesNotSignIn() throws Exception {
        String username = accounts.caseworker();
        Browser session = signInWithPassword(username);
        session.perform(post("/account/two-factor/continue").with(csrf()))
                .andExpect(redirectedUrl("/account/two-factor"));
        session.perform(get("/account")).andExpect(status().isForbidden());
        session.perform(post("/account/two-factor/off").with(csrf()).param("password", PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAnalystEnrolsVoluntarilyRegeneratesCodesAndTurnsTwoFactorOff() throws Exception {
        String username = accounts.analyst();
        Browser session = signInWithPassword(username);
        session.perform(get("/account")).andExpect(status().isOk());
        String secret = secretShownTo(session);
        session.perform(post("/account/two-factor").with(csrf()).param("code", totp(secret)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/account/two-factor/continue"))));
        assertThat(userAccounts.findByUsername(username).orElseThrow().twoFactorEnrolled()).isTrue();

        session.perform(get("/account/two-factor").param("lang", "en"))
                .andExpect(content().string(containsString("Unused recovery codes: 10.")));
        session.perform(post("/account/two-factor/recovery-codes").with(csrf()).param("code", "12345")
                        .param("lang", "en"))
                .andExpect(content().string(containsString("The code is not correct")));
        session.perform(post("/account/two-factor/recovery-codes").with(csrf()).param("code", totp(secret)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("<li><code>")));

        session.perform(post("/account/two-factor/off").with(csrf()).param("password", "wrong password")
                        .param("lang", "ru"))
                .andExpect(content().string(containsString("Текущий пароль указан неверно.")));
        session.perform(post("/account/two-factor/off").with(csrf()).param("password", PASSWORD))
                .andExpect(redirectedUrl("/account"));
        assertThat(userAccounts.findByUsername(username).orElseThrow().twoFactorEnrolled()).isFalse();
    }

    @Test
    void aCaseworkerCannotTurnTwoFactorOff() throws Exception {
        String username = accounts.caseworker();
        Browser session = signInWithPassword(username);
        String secret = secretShownTo(session);
        session.perform(post("/account/two-factor").with(csrf()).param("code", totp(secret)));
        session.perform(post("/account/two-factor/continue").with(csrf()));
        session.perform(get("/account/two-factor").param("lang", "kk"))
                .andExpect(content().string(containsString("оны өшіруге болмайды")));
        session.perform(post("/account/two-factor/off").with(csrf()).param("password", PASSWORD)
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your role requires two-factor sign-in")));
        assertThat(userAccounts.findByUsername(username).orElseThrow().twoFactorEnrolled()).isTrue();
    }
}
