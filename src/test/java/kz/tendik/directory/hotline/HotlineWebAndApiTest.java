package kz.tendik.directory.hotline;

import kz.tendik.directory.Hotline;
import kz.tendik.directory.Hotlines;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static kz.tendik.directory.DirectoryTestData.auditEntries;
import static kz.tendik.directory.DirectoryTestData.idFrom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class HotlineWebAndApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Hotlines hotlines;

    /** A short number no other test uses. */
    private static String freshNumber() {
        return String.valueOf(1000 + (int) (Math.random() * 9000));
    }

    @Test
    void theFourNationalHotlinesAreThereInOrder() {
        assertThat(hotlines.active()).extracting(Hotline::number).containsSubsequence("102", "111", "150", "112");
        Hotline contactCentre = hotlines.active().stream().filter(h -> h.number().equals("111")).findFirst().orElseThrow();
        assertThat(contactCentre.aroundTheClock()).isTrue();
        assertThat(contactCentre.freeOfCharge()).isTrue();
        assertThat(contactCentre.name(java.util.Locale.forLanguageTag("kk"))).contains("байланыс орталығы");
    }

    @Test
    void theAdminAddsAHotlineThroughTheFormAndItIsAudited() throws Exception {
        String number = freshNumber();
        String location = mvc.perform(post("/directory/hotlines").with(csrf()).with(users.as("admin"))
                        .param("number", number).param("nameKk", "Сенім телефоны").param("nameRu", "Телефон доверия")
                        .param("nameEn", "Trust line").param("descriptionEn", "Demo line")
                        .param("aroundTheClock", "true").param("freeOfCharge", "true").param("sortOrder", "90")
                        .param("active", "true"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = idFrom(location);
        mvc.perform(get(location).with(users.as("auditor")).param("lang", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Demo line")));
        assertThat(auditEntries(jdbc, "hotline.create", "hotline", id)).isEqualTo(1);
    }

    @Test
    void aNumberAlreadyListedIsATranslatedFieldError() throws Exception {
        mvc.perform(post("/directory/hotlines").with(csrf()).with(users.as("admin")).param("lang", "kk")
                        .param("number", "111").param("nameKk", "Қосарлы").param("nameRu", "Дубль").param("nameEn", "Double")
                        .param("sortOrder", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Мұндай нөмірлі сенім телефоны бар.")));
        mvc.perform(post("/api/v1/hotlines").with(users.as("admin")).header("Accept-Language", "ru")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"number\": \"111\", \"nameKk\": \"Қосарлы\", \"nameRu\": \"Дубль\", \"nameEn\": \"Double\", \"sortOrder\": 1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("number"))
                .andExpect(jsonPath("$.errors[0].message").value("Телефон доверия с таким номером уже есть."));
    }

    @Test
    void theApiCreatesAndReplacesAHotline() throws Exception {
        String number = freshNumber();
        String body = "{\"number\": \"%s\", \"nameKk\": \"Желі\", \"nameRu\": \"Линия\", \"nameEn\": \"Line\", \"sortOrder\": 95, \"active\": %s}";
        String location = mvc.perform(post("/api/v1/hotlines").with(users.as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(number, "true")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.number").value(number))
                .andReturn().getResponse().getHeader("Location");
        long id = idFrom(location);
        mvc.perform(put("/api/v1/hotlines/" + id).with(users.as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(number, "false")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));
        assertThat(hotlines.active()).extracting(Hotline::id).doesNotContain(id);
        assertThat(auditEntries(jdbc, "hotline.update", "hotline", id)).isEqualTo(1);
    }

    @Test
    void unknownHotlinesAreNotFoundAndCaseworkersCannotChangeThem() throws Exception {
        mvc.perform(get("/api/v1/hotlines/987654321").with(users.as("admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/directory/hotlines/987654321").with(users.as("admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/directory/hotlines/1/edit").with(users.as("caseworker.astana"))).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/hotlines/1").with(users.as("caseworker.astana")).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isForbidden());
    }
}
