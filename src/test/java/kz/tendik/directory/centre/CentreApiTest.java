package kz.tendik.directory.centre;

import kz.tendik.directory.Centre;
import kz.tendik.directory.Centres;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static kz.tendik.directory.DirectoryTestData.auditEntries;
import static kz.tendik.directory.DirectoryTestData.idFrom;
import static kz.tendik.directory.DirectoryTestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CentreApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Centres centres;

    static String body(String suffix, String phone, int shelterPlaces, boolean active) {
        return """
                {"regionCode": "KZ-62", "nameKk": "Жезқазған қаласының отбасын қолдау орталығы %1$s",
                 "nameRu": "Центр поддержки семьи города Жезказгана %1$s", "nameEn": "Zhezkazgan Family Support Centre %1$s",
                 "locality": "Жезказган", "address": "ул. Алашахана, 12", "phone": "%2$s",
                 "openingHours": "Mo-Fr 09:00-18:00", "services": ["PSYCHOLOGICAL", "LEGAL"],
                 "shelterPlaces": %3$d, "active": %4$s}""".formatted(suffix, phone, shelterPlaces, active);
    }

    private long create(String suffix) throws Exception {
        String location = mvc.perform(post("/api/v1/centres").with(users.as("admin"))
                        .contentType(MediaType.APPLICATION_JSON).content(body(suffix, "+7 7102 73 11 22", 3, true)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/v1/centres/\\d+")))
                .andExpect(jsonPath("$.regionCode").value("KZ-62"))
                .andExpect(jsonPath("$.services", hasItem("LEGAL")))
                .andReturn().getResponse().getHeader("Location");
        return idFrom(location);
    }

    @Test
    void theAdminCreatesACentreWhichOtherModulesFindWithItsRegion() throws Exception {
        long id = create(unique());
        Centre centre = centres.find(id).orElseThrow();
        assertThat(centre.regionCode()).isEqualTo("KZ-62");
        assertThat(centre.shelterPlaces()).isEqualTo(3);
        assertThat(centres.activeInRegion("KZ-62")).extracting(Centre::id).contains(id);
        assertThat(auditEntries(jdbc, "centre.create", "centre", id)).isEqualTo(1);

        mvc.perform(get("/api/v1/centres/" + id).with(users.as("caseworker.almaty")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));
    }

    @Test
    void theAdminReplacesACentreAndCanDeactivateIt() throws Exception {
        long id = create(unique());
        mvc.perform(put("/api/v1/centres/" + id).with(users.as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(unique(), "+7 7102 73 99 99", 0, false)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phone").value("+7 7102 73 99 99"))
                .andExpect(jsonPath("$.active").value(false));
        assertThat(centres.activeInRegion("KZ-62")).extracting(Centre::id).doesNotContain(id);
        assertThat(centres.find(id)).isPresent();
        assertThat(auditEntries(jdbc, "centre.update", "centre", id)).isEqualTo(1);
    }

    @Test
    void invalidFieldsAreAProblemNamingEachFieldInTheCallersLanguage() throws Exception {
        String invalid = body(unique(), "call me", -1, true).replace("\"nameEn\": \"Zhezkazgan", "\"nameEn\": \" \", \"x\": \"");
        mvc.perform(post("/api/v1/centres").with(users.as("admin")).header("Accept-Language", "kk")
                        .contentType(MediaType.APPLICATION_JSON).content(invalid))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Деректер қате"))
                .andExpect(jsonPath("$.errors[?(@.field == 'nameEn')].message").value("Міндетті өріс."))
                .andExpect(jsonPath("$.errors[?(@.field == 'shelterPlaces')].message").value("Мәні теріс болмауы керек."))
                .andExpect(jsonPath("$.errors[?(@.field == 'phone')].message",
                        hasItem(containsString("Телефон нөмірін енгізіңіз"))));
        mvc.perform(post("/api/v1/centres").with(users.as("admin")).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content(invalid))
                .andExpect(jsonPath("$.errors[?(@.field == 'nameEn')].message").value("Required."));
        mvc.perform(post("/api/v1/centres").with(users.as("admin")).header("Accept-Language", "ru")
                        .contentType(MediaType.APPLICATION_JSON).content(invalid))
                .andExpect(jsonPath("$.errors[?(@.field == 'nameEn')].message").value("Обязательное поле."));
    }

    @Test
    void aDuplicateNameOrUnknownRegionIsABadRequestNotAServerError() throws Exception {
        String suffix = unique();
        create(suffix);
        mvc.perform(post("/api/v1/centres").with(users.as("admin")).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content(body(suffix, "+7 7102 73 11 22", 0, true)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nameKk"))
                .andExpect(jsonPath("$.errors[0].message").value("Another entry in this region already has this name."));
        mvc.perform(post("/api/v1/centres").with(users.as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(unique(), "102", 0, true).replace("KZ-62", "KZ-99")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("regionCode"));
        mvc.perform(post("/api/v1/centres").with(users.as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(unique(), "102", 0, true).replace("\"LEGAL\"", "\"ASTROLOGY\"")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anUnknownCentreIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/centres/987654321").with(users.as("admin")))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.status").value(404));
        mvc.perform(put("/api/v1/centres/987654321").with(users.as("admin")).contentType(MediaType.APPLICATION_JSON)
                .content(body(unique(), "102", 0, true))).andExpect(status().isNotFound());
    }

    @Test
    void aCaseworkerCannotCreateOrChangeCentres() throws Exception {
        mvc.perform(post("/api/v1/centres").with(users.as("caseworker.astana")).contentType(MediaType.APPLICATION_JSON)
                .content(body(unique(), "102", 0, true))).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/centres/1").with(users.as("caseworker.astana")).contentType(MediaType.APPLICATION_JSON)
                .content(body(unique(), "102", 0, true))).andExpect(status().isForbidden());
    }

    @Test
    void theListFiltersByRegion() throws Exception {
        mvc.perform(get("/api/v1/centres").param("region", "KZ-71").with(users.as("analyst")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].regionCode", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("KZ-71"))))
                .andExpect(jsonPath("$[*].nameEn", hasItem("Astana City Family Support Centre")));
    }
}
