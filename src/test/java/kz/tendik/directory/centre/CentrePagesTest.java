package kz.tendik.directory.centre;

import java.util.LinkedHashMap;
import java.util.Map;

import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static kz.tendik.directory.DirectoryTestData.auditEntries;
import static kz.tendik.directory.DirectoryTestData.idFrom;
import static kz.tendik.directory.DirectoryTestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CentrePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    /** The centre form, filled in; {@code overrides} are field/value pairs that replace the defaults. */
    private MockHttpServletRequestBuilder form(String path, String suffix, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("regionCode", "KZ-62");
        fields.put("nameKk", "Сәтбаев қаласының отбасын қолдау орталығы " + suffix);
        fields.put("nameRu", "Центр поддержки семьи города Сатпаева " + suffix);
        fields.put("nameEn", "Satbayev Family Support Centre " + suffix);
        fields.put("locality", "Сатпаев");
        fields.put("address", "ул. Кунаева, 7");
        fields.put("phone", "+7 71063 4 12 34");
        fields.put("openingHours", "Mo-Fr 09:00-18:00");
        fields.put("shelterPlaces", "4");
        fields.put("active", "true");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(path).with(csrf()).param("services", "PSYCHOLOGICAL", "TEMPORARY_SHELTER");
        fields.forEach(request::param);
        return request;
    }

    private long create(String suffix) throws Exception {
        String location = mvc.perform(form("/directory/centres", suffix).with(users.as("admin")))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/directory/centres/*"))
                .andReturn().getResponse().getRedirectedUrl();
        return idFrom(location);
    }

    @Test
    void theAdminCreatesACentreThroughTheFormAndTheCreationIsAudited() throws Exception {
        String suffix = unique();
        long id = create(suffix);

        mvc.perform(get("/directory/centres/" + id).with(users.as("admin")).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Satbayev Family Support Centre " + suffix)))
                .andExpect(content().string(containsString("Temporary shelter")))
                .andExpect(content().string(containsString("Ulytau Region")));
        assertThat(auditEntries(jdbc, "centre.create", "centre", id)).isEqualTo(1);
    }

    @Test
    void theAdminEditsAndDeactivatesACentre() throws Exception {
        long id = create(unique());
        String renamed = unique();
        mvc.perform(form("/directory/centres/" + id, renamed, "shelterPlaces", "9").with(users.as("admin")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/directory/centres/" + id + "/edit").with(users.as("admin")).param("lang", "ru"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Центр поддержки семьи города Сатпаева " + renamed)))
                .andExpect(content().string(containsString("value=\"9\"")));

        mvc.perform(post("/directory/centres/" + id + "/active").param("active", "false").with(csrf())
                        .with(users.as("admin")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/directory/centres/" + id).with(users.as("admin")).param("lang", "kk"))
                .andExpect(content().string(containsString("Белсенді емес")))
                .andExpect(content().string(containsString("Қайта белсендіру")));
        assertThat(auditEntries(jdbc, "centre.update", "centre", id)).isEqualTo(1);
        assertThat(auditEntries(jdbc, "centre.deactivate", "centre", id)).isEqualTo(1);
    }

    @Test
    void missingNamesABadPhoneAndNegativePlacesAreShownOnTheFieldsInKazakh() throws Exception {
        mvc.perform(form("/directory/centres", unique(), "nameRu", "", "nameEn", " ", "phone", "55-11-1",
                        "shelterPlaces", "-2").param("lang", "kk")
                        .with(users.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Міндетті өріс.")))
                .andExpect(content().string(containsString("Телефон нөмірін енгізіңіз")))
                .andExpect(content().string(containsString("Мәні теріс болмауы керек.")))
                .andExpect(content().string(containsString("Белгіленген өрістерді түзетіңіз.")));
    }

    @Test
    void validationMessagesFollowThePagesLanguage() throws Exception {
        mvc.perform(form("/directory/centres", unique(), "nameKk", "").param("lang", "ru").with(users.as("admin")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Обязательное поле.")));
        mvc.perform(form("/directory/centres", unique(), "nameKk", "").param("lang", "en").with(users.as("admin")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Required.")));
    }

    @Test
    void aWordForShelterPlacesIsAFieldErrorNotAServerError() throws Exception {
        mvc.perform(form("/directory/centres", unique(), "shelterPlaces", "many").param("lang", "en")
                        .with(users.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a whole number.")));
    }

    @Test
    void aNameAlreadyUsedInTheRegionIsATranslatedFieldError() throws Exception {
        String suffix = unique();
        create(suffix);
        mvc.perform(form("/directory/centres", suffix).param("lang", "ru").with(users.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("В этом регионе уже есть запись с таким названием.")));
    }

    @Test
    void theListFiltersByRegionAndShowsNamesInThePagesLanguage() throws Exception {
        mvc.perform(get("/directory/centres").param("region", "KZ-79").param("lang", "en")
                        .with(users.as("caseworker.astana")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Shymkent City Family Support Centre")))
                .andExpect(content().string(not(containsString("Astana City Family Support Centre"))))
                .andExpect(content().string(not(containsString("New centre"))));
    }

    @Test
    void anUnknownCentreIsNotFound() throws Exception {
        mvc.perform(get("/directory/centres/987654321").with(users.as("admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/directory/centres/987654321/edit").with(users.as("admin"))).andExpect(status().isNotFound());
    }

    @Test
    void aCaseworkerCanLookButCannotChangeCentres() throws Exception {
        mvc.perform(get("/directory/centres").with(users.as("caseworker.astana"))).andExpect(status().isOk());
        mvc.perform(get("/directory/centres/new").with(users.as("caseworker.astana"))).andExpect(status().isForbidden());
        mvc.perform(form("/directory/centres", unique()).with(users.as("caseworker.astana")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/directory/centres/1/active").param("active", "false").with(csrf())
                .with(users.as("caseworker.astana"))).andExpect(status().isForbidden());
    }

    @Test
    void theHomePageOffersTheDirectory() throws Exception {
        mvc.perform(get("/").with(users.as("caseworker.astana")).param("lang", "kk"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/directory/centres")))
                .andExpect(content().string(containsString("Анықтамалық")));
    }
}
