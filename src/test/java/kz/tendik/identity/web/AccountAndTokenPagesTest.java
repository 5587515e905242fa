package kz.tendik.identity.web;

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
import static kz.tendik.identity.web.TestAccounts.randomIp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AccountAndTokenPagesTest {

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
    Browser browser;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(userAccounts, passwords, jdbc);
        browser = new Browser(mvc, randomIp());
    }

    private void signIn(String username) throws Exception {
        browser.perform(post("/login").with(csrf()).param("username", username).param("password", PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void theAccountPageShowsNameRoleAndScope() throws Exception {
        mvc.perform(get("/account").with(users.as("coordinator.astana")).param("lang", "kk"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Асель Нұрланқызы")))
                .andExpect(content().string(containsString("Өңірлік үйлестіруші")))
                .andExpect(content().string(containsString("Астана")));
    }

    @Test
    void aChangedLanguageIsSavedAndAppliedAtOnce() throws Exception {
        String username = accounts.analyst();
        signIn(username);
        browser.perform(post("/account/language").with(csrf()).param("language", "kk"))
                .andExpect(redirectedUrl("/account"))
                .andExpect(cookie().value("TENDIK_LANG", "kk"));
        assertThat(userAccounts.findByUsername(username).orElseThrow().language()).isEqualTo("kk");
        browser.perform(get("/account")).andExpect(content().string(containsString("Менің есептік жазбам")));
    }

    @Test
    void aWeakNewPasswordIsRefusedWithATranslatedReason() throws Exception {
        String username = accounts.analyst();
        signIn(username);
        browser.perform(post("/account/password").with(csrf()).param("lang", "ru")
                        .param("currentPassword", PASSWORD).param("newPassword", "password1234")
                        .param("confirmation", "password1234"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Это один из самых распространённых паролей.")));
        browser.perform(post("/account/password").with(csrf()).param("lang", "en")
                        .param("currentPassword", "not my password").param("newPassword", "Zebra-Velvet-Kettle-42")
                        .param("confirmation", "Zebra-Velvet-Kettle-42"))
                .andExpect(content().string(containsString("The current password is not correct.")));
        assertThat(passwords.matches(PASSWORD, userAccounts.findByUsername(username).orElseThrow().passwordHash())).isTrue();
    }

    @Test
    void aPasswordChangeRevokesSessionTokensButKeepsPersonalOnes() throws Exception {
        String username = accounts.analyst();
        signIn(username);
        String sessionToken = apiToken(username, PASSWORD);
        String personal = createTokenOnPage("script");
        browser.perform(post("/account/password").with(csrf())
                        .param("currentPassword", PASSWORD).param("newPassword", "Zebra-Velvet-Kettle-42")
                        .param("confirmation", "Zebra-Velvet-Kettle-42"))
                .andExpect(redirectedUrl("/account"));
        assertThat(passwords.matches("Zebra-Velvet-Kettle-42",
                userAccounts.findByUsername(username).orElseThrow().passwordHash())).isTrue();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + sessionToken)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + personal)).andExpect(status().isOk());
    }

    @Test
    void aTokenCreatedOnThePageWorksUntilItIsRevoked() throws Exception {
        String username = accounts.analyst();
        signIn(username);
        String token = createTokenOnPage("reporting job");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.username").value(username));
        String page = browser.perform(get("/account/tokens").param("lang", "en"))
                .andExpect(content().string(containsString("reporting job")))
                .andExpect(content().string(containsString("Active")))
                .andReturn().getResponse().getContentAsString();
        String id = first(page, "/account/tokens/(\\d+)/revoke");
        browser.perform(post("/account/tokens/" + id + "/revoke").with(csrf())).andExpect(redirectedUrl("/account/tokens"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        browser.perform(get("/account/tokens").param("lang", "en")).andExpect(content().string(containsString("Revoked")));
    }

    @Test
    void aTokenLifetimeOutsideTheAllowedDaysIsRefused() throws Exception {
        mvc.perform(post("/account/tokens").with(users.as("auditor")).with(csrf()).param("lang", "en")
                        .param("name", "too long").param("days", "366"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a number of days from 1 to 365.")));
        mvc.perform(post("/account/tokens").with(users.as("auditor")).with(csrf()).param("lang", "en")
                        .param("name", "nonsense").param("days", "many"))
                .andExpect(content().string(containsString("Enter a whole number of days.")));
    }

    @Test
    void personalTokensAreManagedThroughTheApi() throws Exception {
        String username = accounts.analyst();
        String bearer = "Bearer " + apiToken(username, PASSWORD);
        String created = mvc.perform(post("/api/v1/me/tokens").header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"etl\",\"days\":30}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.token").value(org.hamcrest.Matchers.startsWith("tdk_")))
                .andReturn().getResponse().getContentAsString();
        String id = first(created, "\"id\":(\\d+)");
        mvc.perform(get("/api/v1/me/tokens").header("Authorization", bearer))
                .andExpect(jsonPath("$[0].name").value("etl")).andExpect(jsonPath("$[0].status").value("ACTIVE"));
        mvc.perform(post("/api/v1/me/tokens").header("Authorization", bearer).header("Accept-Language", "ru")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"etl\",\"days\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("days"))
                .andExpect(jsonPath("$.errors[0].message").value("Укажите число дней от 1 до 365."));
        mvc.perform(delete("/api/v1/me/tokens/" + id).header("Authorization", bearer)).andExpect(status().isNoContent());
        mvc.perform(delete("/api/v1/me/tokens/" + id).header("Authorization", bearer)).andExpect(status().isNotFound());
    }

    private String createTokenOnPage(String name) throws Exception {
        String page = browser.perform(post("/account/tokens").with(csrf()).param("name", name).param("days", "30"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return first(page, "<code class=\"secret\">(tdk_[A-Za-z0-9_-]+)</code>");
    }

    private String apiToken(String username, String password) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/token").with(TestAccounts.from(randomIp()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return first(body, "\"token\":\"([^\"]+)\"");
    }
}
