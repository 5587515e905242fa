package kz.tendik;

import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SmokeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;

    @Test
    void anonymousVisitorsAreSentToThePublicHelpPageOrToSignIn() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/help"));
        mvc.perform(get("/account")).andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/login"));
        mvc.perform(get("/login").param("lang", "kk")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Жүйеге кіру")));
    }

    @Test
    void aSignedInAnalystSeesTheirHomePage() throws Exception {
        mvc.perform(get("/").with(users.as("analyst")).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Timur Bekov")));
    }
}
