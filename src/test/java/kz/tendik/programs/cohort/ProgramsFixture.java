package kz.tendik.programs.cohort;

import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import kz.tendik.support.TestUsers;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Builds programmes, cohorts and enrolments through the HTTP API for the programme tests. */
final class ProgramsFixture {

    final MockMvc mvc;
    final TestUsers users;

    ProgramsFixture(MockMvc mvc, TestUsers users) {
        this.mvc = mvc;
        this.users = users;
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    ResultActions send(String method, String path, String who, String json, String language) throws Exception {
        var request = (method.equals("PUT") ? put(path) : org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)).with(users.as(who))
                .contentType(MediaType.APPLICATION_JSON).content(json);
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return mvc.perform(request);
    }

    ResultActions post(String path, String who, String json) throws Exception {
        return send("POST", path, who, json, null);
    }

    static long id(ResultActions result, String path) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), path)).longValue();
    }

    static String string(ResultActions result, String path) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), path);
    }

    static <T> T read(String json, String path) {
        return JsonPath.read(json, path);
    }

    /** A programme with three modules whose rule asks 50% attendance and the "Finance" module. */
    long programme() throws Exception {
        String u = unique();
        long id = id(post("/api/v1/programmes", "programmes", """
                {"kind": "ENTREPRENEURSHIP", "nameKk": "Кәсіпкерлік %1$s", "nameRu": "Предпринимательство %1$s",
                 "nameEn": "Enterprise %1$s", "modules": ["Marketing", "Finance", "Pitching"],
                 "languages": ["kk", "ru", "en"], "regionCode": null}""".formatted(u))
                .andExpect(status().isCreated()), "$.id");
        send("PUT", "/api/v1/programmes/" + id + "/completion-rule", "programmes",
                "{\"minAttendancePercent\": 50, \"requiredModules\": [\"Finance\"]}", null).andExpect(status().isOk());
        return id;
    }

    /** A cohort in Almaty run by the demo facilitator, from {@code start} for 8 weeks, with sessions in weeks 0, 4, 8. */
    long cohort(long programme, LocalDate start) throws Exception {
        long facilitator = users.user("facilitator").id();
        return id(post("/api/v1/cohorts", "programmes", """
                {"programmeId": %d, "name": "Cohort %s", "startsOn": "%s", "endsOn": "%s", "online": true,
                 "regionCode": "KZ-75", "capacity": 10, "facilitatorIds": [%d],
                 "sessions": [{"heldOn": "%s", "topic": "Opening"}, {"heldOn": "%s", "topic": "Finance"},
                              {"heldOn": "%s", "topic": "Pitching"}]}"""
                .formatted(programme, unique(), start, start.plusWeeks(8), facilitator, start, start.plusWeeks(4),
                        start.plusWeeks(8)))
                .andExpect(status().isCreated()), "$.id");
    }

    long enrol(long cohort, String name) throws Exception {
        return id(post("/api/v1/cohorts/" + cohort + "/enrolments", "facilitator", """
                {"name": "%s", "contact": "+7 701 000 11 22", "birthYear": 1991, "sex": "FEMALE",
                 "regionCode": "KZ-75", "consent": true}""".formatted(name)).andExpect(status().isCreated()), "$.id");
    }
}
