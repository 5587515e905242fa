package kz.tendik.programs.cohort;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import kz.tendik.identity.OrgUnit;
import kz.tendik.identity.Role;
import kz.tendik.identity.account.UserAccounts;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static kz.tendik.programs.cohort.ProgramsFixture.id;
import static kz.tendik.programs.cohort.ProgramsFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A programme coordinator scoped to one region (Astana, KZ-71) runs that region's programmes and cohorts; another
 * region's (Almaty's) are 404 to her, as if they did not exist, and she cannot open anything there.
 */
@IntegrationTest
class RegionalCoordinatorScopeTest {

    static final String ASTANA_COORDINATOR = "programmes.astana";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    UserAccounts accounts;
    ProgramsFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ProgramsFixture(mvc, users);
        if (accounts.findByUsername(ASTANA_COORDINATOR).isEmpty()) {
            accounts.create(ASTANA_COORDINATOR, "Әлия Сейітова", "{noop}not-for-sign-in", Role.PROGRAMME_COORDINATOR,
                    OrgUnit.region("KZ-71"), "kk");
        }
    }

    private long programme(String who, String region) throws Exception {
        String u = unique();
        return id(fixture.post("/api/v1/programmes", who, """
                {"kind": "PREVENTION", "nameKk": "Алдын алу %1$s", "nameRu": "Профилактика %1$s",
                 "nameEn": "Prevention %1$s", "languages": ["kk", "ru"], "regionCode": "%2$s"}""".formatted(u, region))
                .andExpect(status().isCreated()), "$.id");
    }

    private String cohortJson(long programme, String region) {
        return """
                {"programmeId": %d, "name": "Scope %s", "startsOn": "2026-09-01", "endsOn": "2026-10-31",
                 "online": true, "regionCode": "%s", "capacity": 20}""".formatted(programme, unique(), region);
    }

    @Test
    void anotherRegionsProgrammeAndCohortDoNotExistForHer() throws Exception {
        long almatyProgramme = programme("programmes", "KZ-75");
        long almatyCohort = id(fixture.post("/api/v1/cohorts", "programmes", cohortJson(almatyProgramme, "KZ-75"))
                .andExpect(status().isCreated()), "$.id");

        mvc.perform(get("/api/v1/programmes/" + almatyProgramme).with(users.as(ASTANA_COORDINATOR)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cohorts/" + almatyCohort).with(users.as(ASTANA_COORDINATOR)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cohorts/" + almatyCohort + "/enrolments").with(users.as(ASTANA_COORDINATOR)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cohorts/" + almatyCohort).with(users.as(ASTANA_COORDINATOR)))
                .andExpect(status().isNotFound());
        fixture.post("/api/v1/cohorts/" + almatyCohort + "/enrolments", ASTANA_COORDINATOR, """
                {"name": "Сабина %s", "birthYear": 1995, "sex": "FEMALE", "regionCode": "KZ-75", "consent": true}"""
                .formatted(unique())).andExpect(status().isNotFound());
        fixture.post("/api/v1/cohorts/" + almatyCohort + "/closure", ASTANA_COORDINATOR, "{}")
                .andExpect(status().isNotFound());
        fixture.post("/api/v1/cohorts", ASTANA_COORDINATOR, cohortJson(almatyProgramme, "KZ-71"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("programmeId"));
        fixture.post("/api/v1/programmes", ASTANA_COORDINATOR, """
                {"kind": "PREVENTION", "nameKk": "A", "nameRu": "A", "nameEn": "A", "languages": ["kk"],
                 "regionCode": "KZ-75"}""").andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/regions/KZ-75/programme-impact").with(users.as(ASTANA_COORDINATOR)))
                .andExpect(status().isNotFound());

        List<Number> programmes = JsonPath.read(mvc.perform(get("/api/v1/programmes").with(users.as(ASTANA_COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$[*].id");
        assertThat(programmes.stream().map(Number::longValue)).doesNotContain(almatyProgramme);
        List<Number> cohorts = JsonPath.read(mvc.perform(get("/api/v1/cohorts").with(users.as(ASTANA_COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$[*].id");
        assertThat(cohorts.stream().map(Number::longValue)).doesNotContain(almatyCohort);
    }

    @Test
    void sheRunsHerOwnRegionsProgrammeAndCohortButOpensNoCohortElsewhere() throws Exception {
        long programme = programme(ASTANA_COORDINATOR, "KZ-71");
        fixture.post("/api/v1/cohorts", ASTANA_COORDINATOR, cohortJson(programme, "KZ-75"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("regionCode"));
        long cohort = id(fixture.post("/api/v1/cohorts", ASTANA_COORDINATOR, cohortJson(programme, "KZ-71"))
                .andExpect(status().isCreated()), "$.id");

        mvc.perform(get("/api/v1/programmes/" + programme).with(users.as(ASTANA_COORDINATOR)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.regionCode").value("KZ-71"));
        mvc.perform(get("/api/v1/cohorts/" + cohort).with(users.as(ASTANA_COORDINATOR))).andExpect(status().isOk());
        mvc.perform(get("/cohorts/" + cohort).with(users.as(ASTANA_COORDINATOR))).andExpect(status().isOk());
        fixture.post("/api/v1/cohorts/" + cohort + "/enrolments", ASTANA_COORDINATOR, """
                {"name": "Сабина %s", "birthYear": 1995, "sex": "FEMALE", "regionCode": "KZ-71", "consent": true}"""
                .formatted(unique())).andExpect(status().isCreated());
        mvc.perform(get("/api/v1/cohorts/" + cohort + "/impact").with(users.as(ASTANA_COORDINATOR)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.funnel.enrolled").value(1));
        mvc.perform(get("/api/v1/regions/KZ-71/programme-impact").with(users.as(ASTANA_COORDINATOR)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.funnel.enrolled").isNumber());
        List<Number> cohorts = JsonPath.read(mvc.perform(get("/api/v1/cohorts").with(users.as(ASTANA_COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$[*].id");
        assertThat(cohorts.stream().map(Number::longValue)).contains(cohort);
    }
}
