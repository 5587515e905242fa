package kz.tendik.cases.closure;

import com.jayway.jsonpath.JsonPath;
import kz.tendik.support.TestUsers;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The closure steps through the API, for tests of closure and of what follows it (retention). */
public final class ClosureSteps {

    private ClosureSteps() {
    }

    public static final String COMPLETE_CHECKLIST = """
            "safetyAddressed": true, "servicesDoneOrDeclined": true, "survivorWish": "AGREES_TO_CLOSE",
            "reason": "NEEDS_MET", "note": "Закрываем: всё сделано" """;

    public static int version(MockMvc mvc, TestUsers users, String user, long caseId) throws Exception {
        String body = mvc.perform(get("/api/v1/cases/" + caseId + "/closure").with(users.as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.version");
    }

    public static ResultActions post(MockMvc mvc, TestUsers users, String user, String path, String body)
            throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(users.as(user)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    /** caseworker.astana asks, supervisor.astana approves: the case is closed. */
    public static void close(MockMvc mvc, TestUsers users, long caseId) throws Exception {
        int v = version(mvc, users, "caseworker.astana", caseId);
        post(mvc, users, "caseworker.astana", "/api/v1/cases/" + caseId + "/closure",
                "{\"version\": " + v + ", " + COMPLETE_CHECKLIST + "}").andExpect(status().isCreated());
        post(mvc, users, "supervisor.astana", "/api/v1/cases/" + caseId + "/closure/approve",
                "{\"version\": " + (v + 1) + "}").andExpect(status().isOk());
    }
}
