package kz.tendik.cases.incidents;

import java.sql.Array;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import kz.tendik.cases.CaseTestData;
import kz.tendik.cases.IncidentUpdated;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Correcting a survivor's date of birth through {@code PUT /api/v1/survivors/{id}} regroups the incidents recorded
 * before: the age group at each incident's date and the case context that depends on it are derived again, stored,
 * announced with {@link IncidentUpdated} (no personal field) and named on the timeline in the edit's event; a date of
 * birth after an incident is refused naming the field, with nothing changed.
 */
@IntegrationTest
@RecordApplicationEvents
class IncidentRederivationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CASEWORKER = "caseworker.astana";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    private long survivorOf(long caseId) {
        return CaseTestData.survivorOf(jdbc, caseId);
    }

    private long record(long caseId, String body) throws Exception {
        String created = mvc.perform(post("/api/v1/cases/" + caseId + "/incidents").with(users.as(CASEWORKER))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    private ResultActions incident(long caseId, long id) throws Exception {
        return mvc.perform(get("/api/v1/cases/" + caseId + "/incidents/" + id).with(users.as(CASEWORKER)))
                .andExpect(status().isOk());
    }

    /** Her profile as read, with {@code changes} applied, sent back with the version read. */
    private ResultActions change(long survivorId, Map<String, Object> changes) throws Exception {
        String read = mvc.perform(get("/api/v1/survivors/" + survivorId).with(users.as(CASEWORKER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Map<String, Object> body = new LinkedHashMap<>(JsonPath.read(read, "$.profile"));
        body.putAll(changes);
        body.put("version", JsonPath.read(read, "$.version"));
        return mvc.perform(put("/api/v1/survivors/" + survivorId).with(users.as(CASEWORKER))
                .header("Accept-Language", "ru").contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body)));
    }

    private List<String> timeline(long caseId) {
        return jdbc.sql("SELECT details FROM case_event WHERE case_id = ? AND type = 'SURVIVOR_UPDATED' ORDER BY id")
                .param(caseId).query((rs, n) -> {
                    Array details = rs.getArray(1);
                    return String.join(",", (String[]) details.getArray());
                }).list();
    }

    private List<IncidentUpdated> updatesOf(long incidentId) {
        return events.stream(IncidentUpdated.class).filter(e -> e.incident().incidentId() == incidentId).toList();
    }

    @Test
    void aCorrectedDateOfBirthRegroupsTheEarlierIncidentsAndTheirChildContext() throws Exception {
        // born 2012: thirteen at the sexual assault of 2026-01-10, so it was recorded as child sexual abuse
        long caseId = IncidentFixtures.newCase(mvc, users, CASEWORKER, "2012-06-01");
        long survivorId = survivorOf(caseId);
        long assault = record(caseId, IncidentFixtures.sexualAssault("Рассказ " + System.nanoTime(), "Отчим"));
        long beating = record(caseId, IncidentFixtures.physicalAssault(null));
        incident(caseId, assault).andExpect(jsonPath("$.survivorAgeGroup").value("AGE_12_17"))
                .andExpect(jsonPath("$.contextFlags", containsInAnyOrder("CHILD_SEXUAL_ABUSE",
                        "POSSIBLE_SEXUAL_EXPLOITATION")))
                .andExpect(jsonPath("$.version").value(0));

        // the birth certificate says 2000: she was 25 at both incidents
        change(survivorId, Map.of("dateOfBirth", "2000-06-01")).andExpect(status().isOk());

        incident(caseId, assault).andExpect(jsonPath("$.survivorAgeGroup").value("AGE_18_25"))
                .andExpect(jsonPath("$.contextFlags", containsInAnyOrder("POSSIBLE_SEXUAL_EXPLOITATION")))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.narrative").value(containsString("Рассказ")));
        incident(caseId, beating).andExpect(jsonPath("$.survivorAgeGroup").value("AGE_18_25"))
                .andExpect(jsonPath("$.contextFlags", containsInAnyOrder("INTIMATE_PARTNER_VIOLENCE")));
        assertThat(jdbc.sql("SELECT survivor_age_group FROM incident WHERE case_id = ? ORDER BY id").param(caseId)
                .query(String.class).list()).containsExactly("AGE_18_25", "AGE_18_25");

        // the statistics' events carry the new group, nothing personal
        List<IncidentUpdated> updated = updatesOf(assault);
        assertThat(updated).hasSize(1);
        assertThat(updated.get(0).incident().survivorAgeGroup()).isEqualTo("AGE_18_25");
        assertThat(updated.get(0).incident().contextFlags()).containsExactly("POSSIBLE_SEXUAL_EXPLOITATION");
        assertThat(updated.get(0).incident().gbvType()).isEqualTo("SEXUAL_ASSAULT");
        assertThat(updated.get(0).incident().perpetrators()).hasSize(1);
        assertThat(updatesOf(beating)).hasSize(1);
        assertThat(JSON.writeValueAsString(updated.get(0))).doesNotContain("2000-06-01", "2012-06-01", "Отчим",
                "Рассказ", IncidentFixtures.DISABILITY);

        // the edit's event on the timeline names the parts and what followed, no value
        assertThat(timeline(caseId)).containsExactly("BIRTH,INCIDENT_AGE_GROUP,INCIDENT_CONTEXT");
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_entry WHERE action = 'incident.update' AND purpose = 'survivor-edit'
                AND object_id IN (?, ?)""").params(String.valueOf(assault), String.valueOf(beating))
                .query(Long.class).single()).isEqualTo(2);
        mvc.perform(get("/cases/" + caseId).with(users.as(CASEWORKER)).header("Accept-Language", "kk"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("бұрын тіркелген оқиғалардағы жас тобы қайта есептелді")));
    }

    @Test
    void aChangeThatKeepsEveryGroupChangesNoIncidentAndOneUnrelatedToBirthDoesNotLookAtThem() throws Exception {
        long caseId = IncidentFixtures.newCase(mvc, users, CASEWORKER, "1990-03-01");
        long survivorId = survivorOf(caseId);
        long beating = record(caseId, IncidentFixtures.physicalAssault(null));

        change(survivorId, Map.of("dateOfBirth", "1990-04-01")).andExpect(status().isOk());
        change(survivorId, Map.of("languages", List.of("kk", "ru"))).andExpect(status().isOk());

        incident(caseId, beating).andExpect(jsonPath("$.survivorAgeGroup").value("AGE_26_40"))
                .andExpect(jsonPath("$.version").value(0));
        assertThat(updatesOf(beating)).isEmpty();
        assertThat(timeline(caseId)).containsExactly("BIRTH", "LANGUAGES");
    }

    @Test
    void aDateOfBirthAfterAnIncidentIsRefusedNamingTheFieldAndNothingChanges() throws Exception {
        long caseId = IncidentFixtures.newCase(mvc, users, CASEWORKER, "1990-03-01");
        long survivorId = survivorOf(caseId);
        long beating = record(caseId, IncidentFixtures.physicalAssault(null));

        change(survivorId, Map.of("dateOfBirth", "2026-03-05"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dateOfBirth"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("раньше его рождения")));

        mvc.perform(get("/api/v1/survivors/" + survivorId).with(users.as(CASEWORKER)))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.profile.dateOfBirth").value("1990-03-01"));
        incident(caseId, beating).andExpect(jsonPath("$.survivorAgeGroup").value("AGE_26_40"))
                .andExpect(jsonPath("$.version").value(0));
        assertThat(updatesOf(beating)).isEmpty();
        assertThat(timeline(caseId)).isEmpty();
    }

    @Test
    void anAgeGivenInsteadOfTheDateOfBirthRegroupsFromTheDayItWasRecorded() throws Exception {
        long caseId = IncidentFixtures.newCase(mvc, users, CASEWORKER, "1990-03-01");
        long survivorId = survivorOf(caseId);
        long beating = record(caseId, IncidentFixtures.physicalAssault(null));
        Map<String, Object> byAge = new LinkedHashMap<>();
        byAge.put("dateOfBirth", null);
        byAge.put("age", 70);

        change(survivorId, byAge).andExpect(status().isOk());

        incident(caseId, beating).andExpect(jsonPath("$.survivorAgeGroup").value("AGE_61_PLUS"));
        assertThat(updatesOf(beating)).singleElement()
                .satisfies(e -> assertThat(e.incident().survivorAgeGroup()).isEqualTo("AGE_61_PLUS"));
        assertThat(timeline(caseId)).containsExactly("BIRTH,INCIDENT_AGE_GROUP");
    }
}
