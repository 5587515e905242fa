package kz.tendik.cases.incidents;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static kz.tendik.cases.CaseTestData.auditEntries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class IncidentApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String user, String body) {
        return request.with(users.as(user)).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private long record(long caseId, String body) throws Exception {
        String created = mvc.perform(json(post("/api/v1/cases/" + caseId + "/incidents"), "caseworker.astana", body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    @Test
    void theFirstYesDecidesTheTypeAndTheRulesDeriveFlagsDelayAndAgeGroupWhichAreStored() throws Exception {
        long caseId = IncidentFixtures.newCase(mvc, users, "caseworker.astana", "2012-06-01");
        // derived facts sent by the client are not taken: the rules compute them
        long id = record(caseId, IncidentFixtures.sexualAssault("Рассказ", "Иван Отчимов").replaceFirst("\\{",
                "{\"gbvType\": \"RAPE\", \"contextFlags\": [], \"reportingDelay\": \"DAYS_0_3\", "));
        mvc.perform(get("/api/v1/cases/" + caseId + "/incidents/" + id).with(users.as("caseworker.astana")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.gbvType").value("SEXUAL_ASSAULT"))
                .andExpect(jsonPath("$.lawForm").value("SEXUAL"))
                .andExpect(jsonPath("$.reportingDelay").value("DAYS_6_14"))
                .andExpect(jsonPath("$.survivorAgeGroup").value("AGE_12_17"))
                .andExpect(jsonPath("$.contextFlags", containsInAnyOrder("CHILD_SEXUAL_ABUSE",
                        "POSSIBLE_SEXUAL_EXPLOITATION")))
                .andExpect(jsonPath("$.narrative").value("Рассказ"))
                .andExpect(jsonPath("$.perpetrators[0].name").value("Иван Отчимов"));
        var row = jdbc.sql("""
                SELECT gbv_type, law_form, reporting_delay, survivor_age_group, array_to_string(context_flags, ',')
                FROM incident WHERE id = ?""").param(id)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5))).single();
        assertThat(row).containsExactly("SEXUAL_ASSAULT", "SEXUAL", "DAYS_6_14", "AGE_12_17",
                "CHILD_SEXUAL_ABUSE,POSSIBLE_SEXUAL_EXPLOITATION");
        assertThat(jdbc.sql("SELECT assessment_recorded AND last_incident_recorded_at IS NOT NULL FROM case_file WHERE id = ?")
                .param(caseId).query(Boolean.class).single()).isTrue();
        assertThat(auditEntries(jdbc, "incident.create", "incident", id)).isEqualTo(1);
        assertThat(auditEntries(jdbc, "incident.read", "incident", id)).isGreaterThanOrEqualTo(2);
        mvc.perform(get("/api/v1/cases/" + caseId + "/incidents").with(users.as("supervisor.astana")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[0].narrative").doesNotExist());
        mvc.perform(get("/api/v1/cases/" + caseId).with(users.as("caseworker.astana")))
                .andExpect(jsonPath("$.stage").value("ASSESSMENT"));
    }

    @Test
    void theApiKeepsEachPerpetratorsOccupationAndEarlierViolenceTheReferralSourceAndTheWishForLegalAction()
            throws Exception {
        long caseId = IncidentFixtures.newCase(mvc, users, "caseworker.astana", "1990-01-01");
        long id = record(caseId, IncidentFixtures.physicalAssault(null));
        mvc.perform(get("/api/v1/cases/" + caseId + "/incidents/" + id).with(users.as("caseworker.astana")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.referredFrom").value("POLICE"))
                .andExpect(jsonPath("$.wantsLegalAction").value("YES"))
                .andExpect(jsonPath("$.perpetrators[0].occupation").value("UNKNOWN"))
                .andExpect(jsonPath("$.perpetrators[0].priorViolence").doesNotExist())
                .andExpect(jsonPath("$.perpetrators[1].occupation").value("PENSIONER"))
                .andExpect(jsonPath("$.perpetrators[1].priorViolence").value(false));
        assertThat(jdbc.sql("SELECT referred_from || '|' || wants_legal_action FROM incident WHERE id = ?").param(id)
                .query(String.class).single()).isEqualTo("POLICE|YES");
        // unknown codes are named with their fields, in the user's language, and nothing changes
        mvc.perform(json(put("/api/v1/cases/" + caseId + "/incidents/" + id), "caseworker.astana",
                        IncidentFixtures.physicalAssault(0).replace("\"YES\"", "\"PERHAPS\"")
                                .replace("\"POLICE\"", "\"NEIGHBOUR\"").replace("\"PENSIONER\"", "\"ASTRONAUT\""))
                        .header("Accept-Language", "kk"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("wantsLegalAction", "referredFrom",
                        "perpetrators[1].occupation")));
        mvc.perform(json(put("/api/v1/cases/" + caseId + "/incidents/" + id), "caseworker.astana",
                        IncidentFixtures.physicalAssault(0).replace("\"YES\"", "\"UNDECIDED\"")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.wantsLegalAction").value("UNDECIDED"));
    }

    @Test
    void everyInvalidFieldIsNamedAtOnceInEachLanguageAndNothingIsStored() throws Exception {
        long caseId = IncidentFixtures.newCase(mvc, users, "caseworker.astana", "1990-01-01");
        String body = """
                {"incidentDate": "2999-01-01", "reportDate": "29.11.2026", "timeOfDay": "NOON", "regionCode": "KZ-99",
                 "answers": {"RAPE": false}, "abduction": "ALIENS",
                 "perpetrators": [{"primary": false, "relationship": "BOSS"}, {"primary": false, "ageGroup": "OLD"}]}""";
        long before = jdbc.sql("SELECT count(*) FROM incident").query(Long.class).single();
        for (String[] language : new String[][] {
                {"en", "Mark exactly one perpetrator as the primary one.", "Required."},
                {"ru", "Отметьте ровно одного основного обидчика.", "Обязательное поле."},
                {"kk", "Дәл бір адамды негізгі деп белгілеңіз.", "Міндетті өріс."}}) {
            mvc.perform(json(post("/api/v1/cases/" + caseId + "/incidents"), "caseworker.astana", body)
                            .header("Accept-Language", language[0]))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("incidentDate", "reportDate",
                            "timeOfDay", "regionCode", "locationType", "answers", "abduction", "perpetrators",
                            "perpetrators[0].relationship", "perpetrators[1].relationship", "perpetrators[1].ageGroup")))
                    .andExpect(jsonPath("$.errors[?(@.field == 'perpetrators')].message").value(hasItem(language[1])))
                    .andExpect(jsonPath("$.errors[?(@.field == 'locationType')].message").value(hasItem(language[2])));
        }
        mvc.perform(json(post("/api/v1/cases/" + caseId + "/incidents"), "caseworker.astana",
                        IncidentFixtures.physicalAssault(null).replace("2026-04-15", "2026-02-01")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("reportDate")));
        assertThat(jdbc.sql("SELECT count(*) FROM incident").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void anIncidentOfAnAstanaCaseIsNotFoundForAnAlmatyCaseworkerAndForbiddenToAnAnalyst() throws Exception {
        long caseId = IncidentFixtures.newCase(mvc, users, "caseworker.astana", "1990-01-01");
        long id = record(caseId, IncidentFixtures.physicalAssault(null));
        String path = "/api/v1/cases/" + caseId + "/incidents/" + id;
        mvc.perform(get(path).with(users.as("caseworker.almaty"))).andExpect(status().isNotFound());
        mvc.perform(json(put(path), "caseworker.almaty", IncidentFixtures.physicalAssault(0)))
                .andExpect(status().isNotFound());
        mvc.perform(json(post("/api/v1/cases/" + caseId + "/incidents"), "caseworker.almaty",
                IncidentFixtures.physicalAssault(null))).andExpect(status().isNotFound());
        mvc.perform(get(path).with(users.as("analyst"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cases/" + caseId + "/incidents").with(users.as("analyst")))
                .andExpect(status().isForbidden());
        // an incident id of another case is not found under this one
        long other = IncidentFixtures.newCase(mvc, users, "caseworker.astana", "1991-01-01");
        mvc.perform(get("/api/v1/cases/" + other + "/incidents/" + id).with(users.as("caseworker.astana")))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT count(*) FROM incident WHERE case_id = ?").param(caseId).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aStaleUpdateGets409AndLosesNothing() throws Exception {
        long caseId = IncidentFixtures.newCase(mvc, users, "caseworker.astana", "1990-01-01");
        long id = record(caseId, IncidentFixtures.sexualAssault("Первый рассказ", "Кто-то"));
        String path = "/api/v1/cases/" + caseId + "/incidents/" + id;
        mvc.perform(json(put(path), "caseworker.astana", IncidentFixtures.physicalAssault(0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.gbvType").value("PHYSICAL_ASSAULT"))
                .andExpect(jsonPath("$.contextFlags", containsInAnyOrder("INTIMATE_PARTNER_VIOLENCE")))
                .andExpect(jsonPath("$.reportingDelay").value("OVER_ONE_MONTH"))
                .andExpect(jsonPath("$.perpetrators.length()").value(2));
        mvc.perform(json(put(path), "supervisor.astana", IncidentFixtures.sexualAssault("Второй", "Другой")
                        .replace("{\"incidentDate\"", "{\"version\": 0, \"incidentDate\"")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(1));
        mvc.perform(get(path).with(users.as("caseworker.astana")))
                .andExpect(jsonPath("$.gbvType").value("PHYSICAL_ASSAULT"))
                .andExpect(jsonPath("$.version").value(1));
        assertThat(auditEntries(jdbc, "incident.update", "incident", id)).isEqualTo(1);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstIncident() throws Exception {
        long caseId = IncidentFixtures.newCase(mvc, users, "caseworker.astana", "1990-01-01");
        String key = "incident-" + System.nanoTime();
        String first = mvc.perform(json(post("/api/v1/cases/" + caseId + "/incidents"), "caseworker.astana",
                        IncidentFixtures.physicalAssault(null)).header("Idempotency-Key", key))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String second = mvc.perform(json(post("/api/v1/cases/" + caseId + "/incidents"), "caseworker.astana",
                        IncidentFixtures.physicalAssault(null)).header("Idempotency-Key", key))
                .andExpect(status().isOk()).andExpect(header().string("Idempotent-Replayed", "true"))
                .andReturn().getResponse().getContentAsString();
        assertThat((Object) JsonPath.read(second, "$.id")).isEqualTo(JsonPath.read(first, "$.id"));
        assertThat(jdbc.sql("SELECT count(*) FROM incident WHERE case_id = ?").param(caseId).query(Long.class).single())
                .isEqualTo(1);
    }
}
