package kz.tendik.cases.web;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import kz.tendik.cases.CaseTestData;
import kz.tendik.cases.CaseTestData.Person;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code /api/v1/survivors} takes and gives marital status, displacement or migration status and disability. */
@IntegrationTest
class SurvivorApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    private MockHttpServletRequestBuilder create(String body) {
        return post("/api/v1/survivors").with(users.as("caseworker.astana")).contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    /** The person's usual profile with only these of the status members. */
    private static String with(Person p, String members) {
        return CaseTestData.survivorJson(p, members);
    }

    private long survivors() {
        return jdbc.sql("SELECT count(*) FROM survivor").query(Long.class).single();
    }

    @Test
    void theThreeFieldsAreStoredAndReadBack() throws Exception {
        String body = mvc.perform(create(with(CaseTestData.person(), """
                        "maritalStatus": "WIDOWED", "displacementStatus": "KANDAS", "hasDisability": true,
                        "disability": "II топ, нашар көреді\"""")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.profile.maritalStatus").value("WIDOWED"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        mvc.perform(get("/api/v1/survivors/" + id).with(users.as("supervisor.astana")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.profile.maritalStatus").value("WIDOWED"))
                .andExpect(jsonPath("$.profile.displacementStatus").value("KANDAS"))
                .andExpect(jsonPath("$.profile.hasDisability").value(true))
                .andExpect(jsonPath("$.profile.disability").value("II топ, нашар көреді"));
    }

    @Test
    void notAskedIsNullAndADescriptionAloneMeansYes() throws Exception {
        mvc.perform(create(with(CaseTestData.person(), "\"disability\": \"Нарушение слуха\"")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.profile.hasDisability").value(true))
                .andExpect(jsonPath("$.profile.maritalStatus").doesNotExist())
                .andExpect(jsonPath("$.profile.displacementStatus").doesNotExist());
        mvc.perform(create(CaseTestData.survivorJson(CaseTestData.person(), "")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.profile.hasDisability").doesNotExist());
    }

    @Test
    void aCodeThatIsNotAValueIsA400NamingTheFieldAndItsValuesInTheUsersLanguage() throws Exception {
        long before = survivors();
        record Expected(String language, String start) {
        }
        for (Expected e : List.of(new Expected("en", "Use one of: SINGLE, MARRIED_OR_COHABITING"),
                new Expected("ru", "Допустимые значения: SINGLE, MARRIED_OR_COHABITING"),
                new Expected("kk", "Рұқсат етілген мәндер: SINGLE, MARRIED_OR_COHABITING"))) {
            mvc.perform(create(with(CaseTestData.person(), "\"maritalStatus\": \"POLYGAMOUS\""))
                            .header("Accept-Language", e.language()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field", contains("maritalStatus")))
                    .andExpect(jsonPath("$.errors[0].message", startsWith(e.start())))
                    .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.endsWith("WIDOWED.")));
        }
        mvc.perform(create(with(CaseTestData.person(), "\"displacementStatus\": \"IDP\""))
                        .header("Accept-Language", "ru"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("displacementStatus")))
                .andExpect(jsonPath("$.errors[0].message",
                        startsWith("Допустимые значения: RESIDENT, INTERNAL_MIGRANT, KANDAS")));
        mvc.perform(create(with(CaseTestData.person(), "\"hasDisability\": \"maybe\""))
                        .header("Accept-Language", "kk"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("hasDisability")))
                .andExpect(jsonPath("$.errors[0].message").value("Жарамсыз мән."));
        mvc.perform(create(CaseTestData.survivorJson(CaseTestData.person()).replace("\"FEMALE\"", "\"F\""))
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("sex")))
                .andExpect(jsonPath("$.errors[0].message").value("Use one of: FEMALE, MALE."));
        mvc.perform(create(CaseTestData.survivorJson(CaseTestData.person()).replace("\"PHONE\"", "\"PAGER\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("contacts[0].kind")));
        mvc.perform(create("{\"fullName\": ")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:tendik:problem:unreadable"));
        assertThat(survivors()).isEqualTo(before);
    }

    @Test
    void aDisabilityDescribedWithTheAnswerNoIsNamedWithEveryOtherMistakeAndNothingIsStored() throws Exception {
        long before = survivors();
        mvc.perform(create(with(CaseTestData.person(),
                        "\"hasDisability\": false, \"disability\": \"Нарушение слуха\", \"age\": 300"))
                        .header("Accept-Language", "ru"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.containsInAnyOrder("disability", "age")))
                .andExpect(jsonPath("$.errors[?(@.field == 'disability')].message",
                        hasItem("Инвалидность описана, но выбран ответ «Нет»: измените ответ или удалите описание.")));
        assertThat(survivors()).isEqualTo(before);
    }

    @Test
    void theOpenApiDescriptionListsTheValues() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.components.schemas.SurvivorProfile.properties.maritalStatus.enum",
                        contains("SINGLE", "MARRIED_OR_COHABITING", "DIVORCED_OR_SEPARATED", "WIDOWED")))
                .andExpect(jsonPath("$.components.schemas.SurvivorProfile.properties.displacementStatus.enum",
                        hasItem("KANDAS")))
                .andExpect(jsonPath("$.components.schemas.SurvivorProfile.properties.hasDisability.type")
                        .value("boolean"))
                .andExpect(jsonPath("$.paths['/api/v1/survivors'].post.description",
                        org.hamcrest.Matchers.containsString("KANDAS")));
    }
}
