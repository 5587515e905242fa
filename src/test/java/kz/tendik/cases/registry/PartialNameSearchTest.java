package kz.tendik.cases.registry;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Partial name search ({@code nameContains}) within the caller's centre: in the script it was written in or in the
 * other (a Latin fragment finds a Cyrillic name by its passport transliteration), initials only in the answer,
 * and nothing from another centre.
 */
@IntegrationTest
class PartialNameSearchTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;

    private List<Integer> found(String user, String fragment) throws Exception {
        String body = mvc.perform(get("/api/v1/survivors").param("nameContains", fragment).with(users.as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("Шолпанбекова");
        return JsonPath.read(body, "$[*].survivorId");
    }

    @Test
    void aFragmentFindsTheNameInEitherScriptWithinTheCentreOnly() throws Exception {
        String created = mvc.perform(post("/api/v1/survivors").with(users.as("caseworker.astana"))
                        .contentType(MediaType.APPLICATION_JSON)
                        // a name of her own: the same full name registered before would stop at the duplicate check
                        .content("{\"fullName\": \"Жанар Шолпанбекова " + kz.tendik.cases.CaseTestData.person().surname()
                                + "\", \"sex\": \"FEMALE\", \"age\": 29}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(created, "$.id");

        assertThat(found("caseworker.astana", "шолпанбек")).contains(id);
        assertThat(found("caseworker.astana", "Sholpanbek")).as("Latin finds Cyrillic").contains(id);
        assertThat(found("caseworker.astana", "SHOLPANBEKOVA")).contains(id);
        assertThat(found("caseworker.almaty", "Sholpanbek")).as("another centre").doesNotContain(id);
        mvc.perform(get("/api/v1/survivors").param("nameContains", "ш").with(users.as("caseworker.astana")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"));
    }
}
