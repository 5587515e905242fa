package kz.tendik.directory.region;

import java.util.Locale;

import kz.tendik.directory.Centre;
import kz.tendik.directory.Centres;
import kz.tendik.directory.Region;
import kz.tendik.directory.Regions;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class RegionsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    Regions regions;
    @Autowired
    Centres centres;

    @Test
    void thereAreSeventeenRegionsAndThreeCitiesNamedInEachLanguage() {
        assertThat(regions.all()).hasSize(20);
        assertThat(regions.all().stream().filter(r -> r.kind() == Region.Kind.CITY)).hasSize(3);
        Region ulytau = regions.find("KZ-62").orElseThrow();
        assertThat(ulytau.name(Locale.forLanguageTag("kk"))).isEqualTo("Ұлытау облысы");
        assertThat(regions.name("KZ-62", Locale.ENGLISH)).isEqualTo("Ulytau Region");
        assertThat(regions.find("KZ-00")).isEmpty();
    }

    @Test
    void theDemoDirectoryCoversAtLeastTwelveRegionsAndStartsWithAstanaAndAlmaty() {
        assertThat(centres.allActive().stream().map(Centre::regionCode).distinct().count()).isGreaterThanOrEqualTo(12);
        assertThat(centres.activeInRegion("KZ-71").stream().mapToLong(Centre::id).min().orElseThrow())
                .isLessThan(centres.activeInRegion("KZ-75").stream().mapToLong(Centre::id).min().orElseThrow());
        assertThat(centres.find(1).orElseThrow().regionCode()).isEqualTo("KZ-71");
    }

    @Test
    void theRegionsPageAndApiListAllUnits() throws Exception {
        mvc.perform(get("/directory/regions").with(users.as("auditor")).param("lang", "ru"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Северо-Казахстанская область")))
                .andExpect(content().string(containsString("Город республиканского значения")));
        mvc.perform(get("/api/v1/regions").with(users.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(20))
                .andExpect(jsonPath("$[0].code").value("KZ-10"));
    }

    @Test
    void anonymousCallersGetNothing() throws Exception {
        mvc.perform(get("/api/v1/regions")).andExpect(status().isUnauthorized());
        mvc.perform(get("/directory/regions")).andExpect(status().is3xxRedirection());
    }
}
