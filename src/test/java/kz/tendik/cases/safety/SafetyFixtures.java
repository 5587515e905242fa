package kz.tendik.cases.safety;

import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import kz.tendik.cases.CaseTestData;
import kz.tendik.cases.risk.RiskInstruments;
import kz.tendik.support.TestUsers;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A fresh case per test and request bodies for the safety endpoints. */
final class SafetyFixtures {

    private SafetyFixtures() {
    }

    static long newCase(MockMvc mvc, TestUsers users, String user) throws Exception {
        CaseTestData.Person p = CaseTestData.person();
        String survivor = """
                {"fullName": "%s", "dateOfBirth": "1990-02-03", "sex": "FEMALE", "languages": ["kk"]}""".formatted(p.name());
        String body = mvc.perform(post("/api/v1/survivors").with(users.as(user)).contentType(MediaType.APPLICATION_JSON)
                .content(survivor)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long survivorId = ((Number) JsonPath.read(body, "$.id")).longValue();
        String opened = mvc.perform(post("/api/v1/cases").with(users.as(user)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"survivorId\": " + survivorId + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(opened, "$.id")).longValue();
    }

    /** Every question of the shipped checklist answered {@code answer}, with an optional professional level. */
    static String assessment(RiskInstruments instruments, String answer, String level, String reason) {
        String answers = instruments.standard().questions().stream()
                .map(q -> "\"" + q.code() + "\": \"" + answer + "\"").collect(Collectors.joining(", "));
        return """
                {"answers": {%s}, "professionalLevel": %s, "professionalReason": %s}"""
                .formatted(answers, level == null ? "null" : "\"" + level + "\"",
                        reason == null ? "null" : "\"" + reason + "\"");
    }

    static String incident() {
        return """
                {"incidentDate": "2026-03-01", "reportDate": "2026-04-15", "timeOfDay": "MORNING",
                 "regionCode": "KZ-71", "locationType": "SHARED_HOME",
                 "answers": {"RAPE": false, "SEXUAL_ASSAULT": false, "PHYSICAL_ASSAULT": true},
                 "perpetrators": [{"primary": true, "relationship": "SPOUSE", "sex": "MALE", "ageGroup": "AGE_26_40"}]}""";
    }
}
