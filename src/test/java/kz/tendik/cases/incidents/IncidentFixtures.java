package kz.tendik.cases.incidents;

import com.jayway.jsonpath.JsonPath;
import kz.tendik.cases.CaseTestData;
import kz.tendik.support.TestUsers;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A fresh survivor and case per test, and incident bodies for the API. */
final class IncidentFixtures {

    private IncidentFixtures() {
    }

    /** The description of the disability of {@link #newCase}'s survivor (personal: no event may carry it). */
    static final String DISABILITY = "Нашар көреді";

    /** A new case of a new (single, disabled) survivor born on {@code born} (ISO date), opened by {@code user}. */
    static long newCase(MockMvc mvc, TestUsers users, String user, String born) throws Exception {
        CaseTestData.Person p = CaseTestData.person();
        String survivor = """
                {"fullName": "%s", "dateOfBirth": "%s", "sex": "FEMALE", "languages": ["kk"], "maritalStatus": "SINGLE",
                 "hasDisability": true, "disability": "%s"}""".formatted(p.name(), born, DISABILITY);
        String body = mvc.perform(post("/api/v1/survivors").with(users.as(user)).contentType(MediaType.APPLICATION_JSON)
                .content(survivor)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long survivorId = ((Number) JsonPath.read(body, "$.id")).longValue();
        String opened = mvc.perform(post("/api/v1/cases").with(users.as(user)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"survivorId\": " + survivorId + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(opened, "$.id")).longValue();
    }

    /**
     * Sexual assault (the second question's "yes" wins over the third's), money exchanged, one stepfather aged
     * 41–60 named {@code perpetratorName}; incident 2026-01-10 reported 2026-01-20.
     */
    static String sexualAssault(String narrative, String perpetratorName) {
        return """
                {"incidentDate": "2026-01-10", "reportDate": "2026-01-20", "timeOfDay": "EVENING_OR_NIGHT",
                 "regionCode": "KZ-71", "district": "Алматы ауданы", "locationType": "SHARED_HOME",
                 "answers": {"RAPE": false, "SEXUAL_ASSAULT": true, "PHYSICAL_ASSAULT": true},
                 "moneyOrGoodsExchanged": true, "reportedElsewhere": "NO", "priorGbv": true, "referredFrom": "SCHOOL",
                 "narrative": "%s",
                 "perpetrators": [{"primary": true, "relationship": "STEP_PARENT", "sex": "MALE", "ageGroup": "AGE_41_60",
                                   "occupation": "EMPLOYED", "priorViolence": true, "name": "%s", "notes": "Тайные заметки"}]}"""
                .formatted(narrative, perpetratorName);
    }

    /**
     * Physical assault by a (primary) spouse and a retired mother-in-law not violent before, 2026-03-01 reported
     * 2026-04-15 on the police's referral; the survivor wants legal action.
     */
    static String physicalAssault(Integer version) {
        return """
                {%s"incidentDate": "2026-03-01", "reportDate": "2026-04-15", "timeOfDay": "MORNING",
                 "regionCode": "KZ-71", "locationType": "SHARED_HOME", "referredFrom": "POLICE", "wantsLegalAction": "YES",
                 "answers": {"RAPE": false, "SEXUAL_ASSAULT": false, "PHYSICAL_ASSAULT": true},
                 "perpetrators": [{"primary": true, "relationship": "SPOUSE", "sex": "MALE", "ageGroup": "AGE_26_40"},
                                  {"primary": false, "relationship": "PARENT_IN_LAW", "sex": "FEMALE", "ageGroup": "AGE_61_PLUS",
                                   "occupation": "PENSIONER", "priorViolence": false}]}"""
                .formatted(version == null ? "" : "\"version\": " + version + ", ");
    }
}
