package kz.tendik.directory.provider;

import kz.tendik.directory.ProviderKind;
import kz.tendik.directory.ServiceProvider;
import kz.tendik.directory.ServiceProviders;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static kz.tendik.directory.DirectoryTestData.auditEntries;
import static kz.tendik.directory.DirectoryTestData.idFrom;
import static kz.tendik.directory.DirectoryTestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ProviderWebAndApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ServiceProviders providers;

    private static MockHttpServletRequestBuilder form(String path, String suffix, String email) {
        return post(path).with(csrf())
                .param("kind", "LEGAL_AID").param("regionCode", "KZ-62")
                .param("nameKk", "Жезқазған қаласының № 2 заң консультациясы " + suffix)
                .param("nameRu", "Юридическая консультация № 2 города Жезказгана " + suffix)
                .param("nameEn", "Zhezkazgan Legal Advice Office No. 2 " + suffix)
                .param("locality", "Жезказган").param("address", "ул. Сатпаева, 3").param("phone", "+7 7102 72 40 40")
                .param("email", email).param("openingHours", "Mo-Fr 09:00-18:00").param("active", "true");
    }

    private static String json(String suffix, String kind) {
        return """
                {"kind": "%2$s", "regionCode": "KZ-62", "nameKk": "Жезқазған қаласының емханасы %1$s",
                 "nameRu": "Поликлиника города Жезказгана %1$s", "nameEn": "Zhezkazgan Polyclinic %1$s",
                 "locality": "Жезказган", "address": "пр. Алашахана, 30", "phone": "+7 7102 76 30 30",
                 "openingHours": "Mo-Fr 08:00-20:00"}""".formatted(suffix, kind);
    }

    @Test
    void theAdminCreatesAndEditsAProviderThroughTheForms() throws Exception {
        String location = mvc.perform(form("/directory/providers", unique(), "").with(users.as("admin")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = idFrom(location);
        assertThat(providers.find(id).orElseThrow().email()).isNull();

        mvc.perform(form("/directory/providers/" + id, unique(), "legal2@demo.tendik.kz").with(users.as("admin")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/directory/providers/" + id).with(users.as("caseworker.astana")).param("lang", "kk"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("legal2@demo.tendik.kz")))
                .andExpect(content().string(containsString("Заң көмегі")))
                .andExpect(content().string(not(containsString("/directory/providers/" + id + "/edit"))));
        assertThat(auditEntries(jdbc, "provider.create", "provider", id)).isEqualTo(1);
        assertThat(auditEntries(jdbc, "provider.update", "provider", id)).isEqualTo(1);
    }

    @Test
    void aBadEmailAndAMissingKindAreTranslatedFieldErrors() throws Exception {
        mvc.perform(form("/directory/providers", unique(), "not-an-address").param("lang", "ru")
                        .with(users.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Введите адрес эл. почты")));
        mvc.perform(post("/api/v1/providers").with(users.as("admin")).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content(json(unique(), "LEGAL_AID").replace("\"kind\": \"LEGAL_AID\", ", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"))
                .andExpect(jsonPath("$.errors[0].message").value("Required."));
    }

    @Test
    void theApiCreatesReplacesAndFiltersProviders() throws Exception {
        String location = mvc.perform(post("/api/v1/providers").with(users.as("admin"))
                        .contentType(MediaType.APPLICATION_JSON).content(json(unique(), "HEALTH_FACILITY")))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        long id = idFrom(location);
        mvc.perform(put("/api/v1/providers/" + id).with(users.as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(json(unique(), "PSYCHOLOGIST")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.kind").value("PSYCHOLOGIST"));
        assertThat(providers.activeInRegion("KZ-62", ProviderKind.PSYCHOLOGIST)).extracting(ServiceProvider::id).contains(id);
        assertThat(auditEntries(jdbc, "provider.update", "provider", id)).isEqualTo(1);

        mvc.perform(get("/api/v1/providers").param("region", "KZ-71").param("kind", "POLICE_DISTRICT_OFFICE")
                        .with(users.as("analyst")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].kind", everyItem(is("POLICE_DISTRICT_OFFICE"))))
                .andExpect(jsonPath("$[*].regionCode", everyItem(is("KZ-71"))));
        mvc.perform(get("/api/v1/providers").param("kind", "WIZARD").with(users.as("analyst")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theListFiltersByKindInThePagesLanguage() throws Exception {
        mvc.perform(get("/directory/providers").param("region", "KZ-75").param("kind", "POLICE_DISTRICT_OFFICE")
                        .param("lang", "en").with(users.as("caseworker.almaty")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Auezov District Police Office, Almaty")))
                .andExpect(content().string(not(containsString("Polyclinic"))));
    }

    @Test
    void unknownProvidersAreNotFoundAndCaseworkersCannotChangeThem() throws Exception {
        mvc.perform(get("/directory/providers/987654321").with(users.as("admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/providers/987654321").with(users.as("admin"))).andExpect(status().isNotFound());
        mvc.perform(form("/directory/providers", unique(), "").with(users.as("caseworker.astana")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/providers").with(users.as("caseworker.astana")).contentType(MediaType.APPLICATION_JSON)
                .content(json(unique(), "HEALTH_FACILITY"))).andExpect(status().isForbidden());
    }
}
