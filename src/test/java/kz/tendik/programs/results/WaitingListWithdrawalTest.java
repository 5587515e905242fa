package kz.tendik.programs.results;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Someone who leaves from the waiting list never held a place: the attrition funnel, the indicators and the open
 * participation figures do not count her as enrolled, while someone admitted who withdrew later still counts.
 */
@IntegrationTest
class WaitingListWithdrawalTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;

    private ResultActions postJson(String path, String json) throws Exception {
        return mvc.perform(post(path).with(users.as("programmes")).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    private long enrol(long cohort, String expected) throws Exception {
        return id(postJson("/api/v1/cohorts/" + cohort + "/enrolments", """
                {"name": "Қатысушы %s", "birthYear": 1990, "sex": "FEMALE", "regionCode": "KZ-75", "consent": true}"""
                .formatted(UUID.randomUUID())).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value(expected)));
    }

    private void withdraw(long cohort, long enrolment) throws Exception {
        mvc.perform(post("/api/v1/cohorts/" + cohort + "/enrolments/" + enrolment + "/withdrawal")
                .with(users.as("programmes"))).andExpect(status().isOk());
    }

    @Test
    void aWithdrawalFromTheWaitingListIsNeverCountedAsEnrolled() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        long programme = id(postJson("/api/v1/programmes", """
                {"kind": "VOCATIONAL", "nameKk": "Кәсіп %1$s", "nameRu": "Профессия %1$s", "nameEn": "Trade %1$s",
                 "languages": ["kk", "ru"], "regionCode": null}""".formatted(u)).andExpect(status().isCreated()));
        String name = "Waiting " + u;
        long cohort = id(postJson("/api/v1/cohorts", """
                {"programmeId": %d, "name": "%s", "startsOn": "2031-03-01", "endsOn": "2031-05-31", "online": true,
                 "regionCode": "KZ-75", "capacity": 5}""".formatted(programme, name)).andExpect(status().isCreated()));
        long first = enrol(cohort, "ENROLLED");
        for (int i = 0; i < 4; i++) {
            enrol(cohort, "ENROLLED");
        }
        long leftWaiting = enrol(cohort, "WAITING");
        enrol(cohort, "WAITING");
        withdraw(cohort, leftWaiting);   // never admitted: not enrolled
        withdraw(cohort, first);         // admitted, then left: enrolled; the next on the list is promoted

        mvc.perform(get("/api/v1/cohorts/" + cohort + "/impact").with(users.as("programmes")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.funnel.enrolled").value(6));

        String indicators = mvc.perform(get("/api/v1/programme-indicators").with(users.as("programmes")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Number> enrolled = JsonPath.read(indicators, "$.cohort[?(@.key == '" + cohort + "')].enrolled");
        assertThat(enrolled).singleElement().satisfies(n -> assertThat(n.intValue()).isEqualTo(6));

        String open = mvc.perform(get("/api/v1/open/programmes/participation")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<java.util.Map<String, Object>> rows = JsonPath.read(open, "$.rows[?(@.programmeId == " + programme + ")]");
        assertThat(rows).filteredOn(r -> r.get("regionCode") == null).singleElement()
                .satisfies(r -> assertThat(((Number) r.get("enrolled")).intValue()).as("the programme's total").isEqualTo(6));
    }
}
