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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Enrolling an existing participant by id: only one the caller may already see. Anyone else's participant is
 * answered exactly like an unknown id, nothing is stored, and the refusal is audited.
 */
@IntegrationTest
class EnrolmentOfAnExistingParticipantTest {

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

    /** A cohort in Almaty that the demo facilitator does not run, with one participant enrolled by the coordinator. */
    private long participantOfAnotherCohort(long programme, String name) throws Exception {
        long other = ProgramsFixture.id(fixture.post("/api/v1/cohorts", "programmes", """
                {"programmeId": %d, "name": "Other %s", "startsOn": "2026-03-01", "endsOn": "2026-05-31",
                 "online": true, "regionCode": "KZ-75", "capacity": 5, "facilitatorIds": []}"""
                .formatted(programme, unique())).andExpect(status().isCreated()), "$.id");
        long enrolment = ProgramsFixture.id(fixture.post("/api/v1/cohorts/" + other + "/enrolments", "programmes", """
                {"name": "%s", "contact": "+7 701 555 44 33", "birthYear": 1988, "sex": "FEMALE",
                 "regionCode": "KZ-75", "consent": true}""".formatted(name)).andExpect(status().isCreated()), "$.id");
        return jdbc.sql("SELECT participant_id FROM enrolment WHERE id = ?").param(enrolment).query(Long.class).single();
    }

    private long denials(long userId) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'access.denied' AND actor_id = ?")
                .param(userId).query(Long.class).single();
    }

    private long enrolments(long cohort) {
        return jdbc.sql("SELECT count(*) FROM enrolment WHERE cohort_id = ?").param(cohort).query(Long.class).single();
    }

    @Test
    void aFacilitatorCannotEnrolAnotherCohortsParticipantAndLearnsNothingAboutHer() throws Exception {
        long programme = fixture.programme();
        long mine = fixture.cohort(programme, LocalDate.of(2026, 3, 2));
        String name = "Ақмарал " + unique();
        long stranger = participantOfAnotherCohort(programme, name);
        long facilitator = users.user("facilitator").id();
        long denialsBefore = denials(facilitator);

        String refused = fixture.send("POST", "/api/v1/cohorts/" + mine + "/enrolments", "facilitator",
                        "{\"participantId\": " + stranger + ", \"consent\": true}", "ru")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("participantId"))
                .andReturn().getResponse().getContentAsString();
        String unknown = fixture.send("POST", "/api/v1/cohorts/" + mine + "/enrolments", "facilitator",
                        "{\"participantId\": 999999999, \"consent\": true}", "ru")
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(refused).doesNotContain(name).doesNotContain("555 44 33");
        assertThat(ProgramsFixture.<String>read(refused, "$.errors[0].message"))
                .isEqualTo(ProgramsFixture.<String>read(unknown, "$.errors[0].message"))
                .isEqualTo("Такого участника нет.");
        assertThat(enrolments(mine)).isZero();
        assertThat(denials(facilitator)).isEqualTo(denialsBefore + 1);
    }

    @Test
    void aFacilitatorMayEnrolHerOwnParticipantInAnotherCohortSheRuns() throws Exception {
        long programme = fixture.programme();
        long first = fixture.cohort(programme, LocalDate.of(2026, 3, 2));
        long second = fixture.cohort(programme, LocalDate.of(2026, 6, 1));
        long enrolment = fixture.enrol(first, "Жібек " + unique());
        long participant = jdbc.sql("SELECT participant_id FROM enrolment WHERE id = ?").param(enrolment)
                .query(Long.class).single();
        fixture.post("/api/v1/cohorts/" + second + "/enrolments", "facilitator",
                        "{\"participantId\": " + participant + ", \"consent\": true}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.participantId").value(participant));
    }

    @Test
    void aCoordinatorMayEnrolAParticipantOfACohortInHerScope() throws Exception {
        long programme = fixture.programme();
        long mine = fixture.cohort(programme, LocalDate.of(2026, 3, 2));
        String name = "Балжан " + unique();
        long participant = participantOfAnotherCohort(programme, name);
        fixture.post("/api/v1/cohorts/" + mine + "/enrolments", "programmes",
                        "{\"participantId\": " + participant + ", \"consent\": true}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.participantId").value(participant))
                .andExpect(jsonPath("$.name").value(name));
        assertThat(enrolments(mine)).isEqualTo(1);
    }
}
