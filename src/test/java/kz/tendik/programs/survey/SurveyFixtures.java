package kz.tendik.programs.survey;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import kz.tendik.support.TestUsers;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Programmes, cohorts running today, enrolments, rounds and answers made through the API, for survey tests. */
final class SurveyFixtures {

    private final MockMvc mvc;
    private final TestUsers users;

    SurveyFixtures(MockMvc mvc, TestUsers users) {
        this.mvc = mvc;
        this.users = users;
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Almaty"));
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    ResultActions postJson(String path, String who, String json) throws Exception {
        return mvc.perform(post(path).with(users.as(who)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    static long id(ResultActions result, String path) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), path)).longValue();
    }

    /** A cohort running today, facilitated by {@code facilitator}, with {@code people} enrolled; enrolment ids. */
    List<Long> cohortWith(int people, long[] cohortOut) throws Exception {
        long programme = id(postJson("/api/v1/programmes", "programmes", """
                {"kind": "PREVENTION", "nameKk": "Сауалнама %1$s", "nameRu": "Опрос %1$s", "nameEn": "Survey %1$s",
                 "languages": ["kk", "ru"], "regionCode": null}""".formatted(unique()))
                .andExpect(status().isCreated()), "$.id");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Almaty"));
        long cohort = id(postJson("/api/v1/cohorts", "programmes", """
                {"programmeId": %d, "name": "Surveyed %s", "startsOn": "%s", "endsOn": "%s", "online": true,
                 "regionCode": "KZ-75", "capacity": 50, "facilitatorIds": [%d], "sessions": []}"""
                .formatted(programme, unique(), today.minusDays(30), today.plusDays(30), users.user("facilitator").id()))
                .andExpect(status().isCreated()), "$.id");
        cohortOut[0] = cohort;
        List<Long> enrolments = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            enrolments.add(id(postJson("/api/v1/cohorts/" + cohort + "/enrolments", "facilitator", """
                    {"name": "Қатысушы %s", "birthYear": 1990, "sex": "FEMALE", "regionCode": "KZ-75", "consent": true}"""
                    .formatted(unique())).andExpect(status().isCreated()), "$.id"));
        }
        return enrolments;
    }

    long round(long cohort, String kind, String instrument, LocalDate opens, LocalDate closes) throws Exception {
        return id(postJson("/api/v1/cohorts/" + cohort + "/surveys", "facilitator", """
                {"kind": "%s", "instrumentCode": "%s", "opensOn": "%s", "closesOn": "%s"}"""
                .formatted(kind, instrument, opens, closes)).andExpect(status().isCreated()), "$.id");
    }

    /**
     * Answers to the 12-item gender attitudes scale (answers 1-3, items 2, 5, 8 and 11 reverse-scored) whose item
     * scores add up to {@code total}: every item scores total / 12, the first total % 12 one more.
     */
    static String gem(int total) {
        String[] codes = {"care-is-mothers-job", "decide-children-together", "man-has-final-say",
                "tolerate-violence-for-family", "share-housework", "husband-decides-money", "sometimes-deserves-beating",
                "father-stays-involved", "violence-is-private", "wife-cannot-refuse-sex", "equal-right-to-work",
                "contraception-womans-job"};
        boolean[] reverse = {false, true, false, false, true, false, false, true, false, false, true, false};
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < 12; i++) {
            int score = total / 12 + (i < total % 12 ? 1 : 0);
            json.append(i == 0 ? "" : ", ").append('"').append(codes[i]).append("\": ")
                    .append(reverse[i] ? 4 - score : score);
        }
        return json.append('}').toString();
    }

    /** DHS items: yes (1) for the reasons named, no (0) for the others. */
    static String dhs(String... yes) {
        List<String> agreed = List.of(yes);
        StringBuilder json = new StringBuilder("{");
        String[] codes = {"burns-food", "argues-with-him", "goes-out-without-telling", "neglects-children", "refuses-sex"};
        for (int i = 0; i < codes.length; i++) {
            json.append(i == 0 ? "" : ", ").append('"').append(codes[i]).append("\": ").append(agreed.contains(codes[i]) ? 1 : 0);
        }
        return json.append('}').toString();
    }

    void answer(long cohort, long round, long enrolment, String answers) throws Exception {
        postJson("/api/v1/cohorts/" + cohort + "/surveys/" + round + "/responses", "facilitator",
                "{\"enrolmentId\": " + enrolment + ", \"answers\": " + answers + "}").andExpect(status().isCreated());
    }

}
