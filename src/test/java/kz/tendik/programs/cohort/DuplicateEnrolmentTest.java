package kz.tendik.programs.cohort;

import java.time.LocalDate;

import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static kz.tendik.programs.cohort.ProgramsFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The same woman (her name as written and year of birth, matched by blind index) is not enrolled twice in one
 * cohort as a new participant, neither through the cohort page nor through the API.
 */
@IntegrationTest
class DuplicateEnrolmentTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    ProgramsFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new ProgramsFixture(mvc, users);
    }

    private long enrolments(long cohort) {
        return jdbc.sql("SELECT count(*) FROM enrolment WHERE cohort_id = ?").param(cohort).query(Long.class).single();
    }

    private org.springframework.test.web.servlet.ResultActions throughThePage(long cohort, String name, String year)
            throws Exception {
        return mvc.perform(post("/cohorts/" + cohort + "/enrolments").with(users.as("facilitator")).with(csrf())
                .header("Accept-Language", "kk").param("name", name).param("contact", "+7 702 111 22 33")
                .param("birthYear", year).param("sex", "FEMALE").param("regionCode", "KZ-75").param("consent", "true"));
    }

    @Test
    void theCohortPageRefusesTheSameWomanTwiceNamingTheField() throws Exception {
        long cohort = fixture.cohort(fixture.programme(), LocalDate.of(2026, 9, 7));
        String u = unique();
        throughThePage(cohort, "Айгүл Серікова " + u, "1991").andExpect(status().is3xxRedirection());
        throughThePage(cohort, "  АЙГҮЛ   серікова " + u.toUpperCase() + " ", "1991")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<p class=\"field-error\">Бұл қатысушы осы топқа жазылып қойған.</p>")));
        assertThat(enrolments(cohort)).isEqualTo(1);
        throughThePage(cohort, "Айгүл Серікова " + u, "1993").andExpect(status().is3xxRedirection());
        assertThat(enrolments(cohort)).as("another year of birth is another woman").isEqualTo(2);
    }

    @Test
    void theApiRefusesTheSameWomanTwiceButEnrolsHerInAnotherCohort() throws Exception {
        long programme = fixture.programme();
        long cohort = fixture.cohort(programme, LocalDate.of(2026, 9, 7));
        String name = "Динара Оразбаева " + unique();
        fixture.enrol(cohort, name);
        fixture.send("POST", "/api/v1/cohorts/" + cohort + "/enrolments", "facilitator", """
                        {"name": "%s", "birthYear": 1991, "sex": "FEMALE", "regionCode": "KZ-75", "consent": true}"""
                        .formatted(name.toLowerCase()), "ru")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("Этот участник уже записан в эту группу."));
        fixture.post("/api/v1/cohorts/" + cohort + "/enrolments", "facilitator", """
                        {"name": "%s", "birthYear": 1991, "sex": "FEMALE", "regionCode": "KZ-75"}""".formatted(name))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("consent", "name")));
        assertThat(enrolments(cohort)).isEqualTo(1);
        long other = fixture.cohort(programme, LocalDate.of(2026, 11, 2));
        fixture.enrol(other, name);
        assertThat(enrolments(other)).isEqualTo(1);
    }
}
