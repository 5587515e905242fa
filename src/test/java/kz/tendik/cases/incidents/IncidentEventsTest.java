package kz.tendik.cases.incidents;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import kz.tendik.cases.IncidentFigures;
import kz.tendik.cases.IncidentRecorded;
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
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Recording and changing an incident publishes its figures, and nothing personal travels with them. */
@IntegrationTest
@RecordApplicationEvents
class IncidentEventsTest {

    /** Every field the event may carry: codes, months, bins, flags, counts; no name, date of birth or text. */
    private static final Set<String> ALLOWED = Set.of("incidentId", "centreId", "regionCode", "incidentMonth",
            "reportMonth", "gbvType", "lawForm", "timeOfDay", "survivorAgeGroup", "survivorSex",
            "survivorMaritalStatus", "survivorDisability", "contextFlags",
            "reportingDelay", "locationType", "perpetrators", "reportedElsewhere", "priorGbv", "referredFrom",
            "consentToStatistics");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    @Test
    void recordingAndChangingAnIncidentPublishesItsFiguresWithNoPersonalField() throws Exception {
        long caseId = IncidentFixtures.newCase(mvc, users, "caseworker.astana", "2012-06-01");
        mvc.perform(post("/api/v1/cases/" + caseId + "/consents").with(users.as("caseworker.astana"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"purpose\": \"ANONYMOUS_STATISTICS\", \"given\": true, \"date\": \"2026-01-20\"}"))
                .andExpect(status().isCreated());
        String narrative = "Секретный рассказ " + System.nanoTime();
        String name = "Секретный Отчим " + System.nanoTime();
        String body = mvc.perform(post("/api/v1/cases/" + caseId + "/incidents").with(users.as("caseworker.astana"))
                        .contentType(MediaType.APPLICATION_JSON).content(IncidentFixtures.sexualAssault(narrative, name)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();

        List<IncidentRecorded> recorded = events.stream(IncidentRecorded.class)
                .filter(e -> e.incident().incidentId() == id).toList();
        assertThat(recorded).hasSize(1);
        IncidentFigures figures = recorded.get(0).incident();
        assertThat(figures.gbvType()).isEqualTo("SEXUAL_ASSAULT");
        assertThat(figures.lawForm()).isEqualTo("SEXUAL");
        assertThat(figures.incidentMonth()).isEqualTo("2026-01");
        assertThat(figures.reportingDelay()).isEqualTo("DAYS_6_14");
        assertThat(figures.survivorAgeGroup()).isEqualTo("AGE_12_17");
        assertThat(figures.survivorMaritalStatus()).isEqualTo("SINGLE");
        assertThat(figures.survivorDisability()).isTrue();
        assertThat(figures.contextFlags()).containsExactlyInAnyOrder("CHILD_SEXUAL_ABUSE", "POSSIBLE_SEXUAL_EXPLOITATION");
        assertThat(figures.regionCode()).isEqualTo("KZ-71");
        assertThat(figures.consentToStatistics()).isTrue();
        assertThat(figures.referredFrom()).isEqualTo("SCHOOL");
        assertThat(figures.perpetrators()).containsExactly(
                new IncidentFigures.Perpetrator(true, "STEP_PARENT", "AGE_41_60", "MALE", "EMPLOYED", true));

        assertThat(Arrays.stream(IncidentFigures.class.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toSet())).isEqualTo(ALLOWED);
        assertThat(Arrays.stream(IncidentFigures.Perpetrator.class.getRecordComponents()).map(RecordComponent::getName)
                .toList()).containsExactly("primary", "relationship", "ageGroup", "sex", "occupation", "priorViolence");
        String json = JsonMapper.builder().build().writeValueAsString(recorded.get(0));
        assertThat(json).doesNotContain(narrative, name, "Тайные заметки", "Алматы ауданы", "2012", "2026-01-10",
                "2026-01-20", IncidentFixtures.DISABILITY);

        mvc.perform(put("/api/v1/cases/" + caseId + "/incidents/" + id).with(users.as("caseworker.astana"))
                        .contentType(MediaType.APPLICATION_JSON).content(IncidentFixtures.physicalAssault(0)))
                .andExpect(status().isOk());
        List<IncidentUpdated> updated = events.stream(IncidentUpdated.class)
                .filter(e -> e.incident().incidentId() == id).toList();
        assertThat(updated).hasSize(1);
        assertThat(updated.get(0).incident().gbvType()).isEqualTo("PHYSICAL_ASSAULT");
        assertThat(updated.get(0).incident().contextFlags()).containsExactly("INTIMATE_PARTNER_VIOLENCE");
        assertThat(updated.get(0).incident().reportMonth()).isEqualTo("2026-04");
        assertThat(updated.get(0).incident().survivorMaritalStatus()).isEqualTo("SINGLE");
        assertThat(updated.get(0).incident().survivorDisability()).isTrue();
        // the change's perpetrators, with their occupation category and earlier violence, and its referral source
        assertThat(updated.get(0).incident().referredFrom()).isEqualTo("POLICE");
        assertThat(updated.get(0).incident().perpetrators()).containsExactly(
                new IncidentFigures.Perpetrator(true, "SPOUSE", "AGE_26_40", "MALE", "UNKNOWN", null),
                new IncidentFigures.Perpetrator(false, "PARENT_IN_LAW", "AGE_61_PLUS", "FEMALE", "PENSIONER", false));
        assertThat(JsonMapper.builder().build().writeValueAsString(updated.get(0))).doesNotContain(narrative, name,
                "Тайные заметки", "2026-03-01", "2026-04-15");
    }

    @Test
    void aRefusedIncidentPublishesNothing() throws Exception {
        long caseId = IncidentFixtures.newCase(mvc, users, "caseworker.astana", "1990-01-01");
        long before = events.stream(IncidentRecorded.class).count();
        mvc.perform(post("/api/v1/cases/" + caseId + "/incidents").with(users.as("caseworker.astana"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"incidentDate\": \"2026-01-01\"}"))
                .andExpect(status().isBadRequest());
        assertThat(events.stream(IncidentRecorded.class).count()).isEqualTo(before);
    }
}
