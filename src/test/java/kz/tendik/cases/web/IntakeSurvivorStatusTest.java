package kz.tendik.cases.web;

import kz.tendik.cases.CaseTestData;
import kz.tendik.cases.CaseTestData.Person;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Intake asks for marital status, displacement or migration status and disability; the case page shows them. */
@IntegrationTest
class IntakeSurvivorStatusTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    private MockHttpServletRequestBuilder intake(Person p) {
        return post("/cases/intake").with(users.as("caseworker.astana")).with(csrf())
                .param("fullName", p.name()).param("iin", p.iin()).param("dateOfBirth", p.born().toString())
                .param("sex", "FEMALE").param("languages", "kk");
    }

    private long survivors() {
        return jdbc.sql("SELECT count(*) FROM survivor").query(Long.class).single();
    }

    @Test
    void theFormOffersTheChoicesInTheUsersLanguage() throws Exception {
        mvc.perform(get("/cases/intake/new").with(users.as("caseworker.astana")).header("Accept-Language", "kk"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Отбасылық жағдайы"),
                        containsString("Ажырасқан немесе бөлек тұрады"), containsString("Көші-қон мәртебесі"),
                        containsString("Қандас"), containsString("Зардап шеккен адамның мүгедектігі бар ма?"),
                        containsString("Сұралмаған"))));
        mvc.perform(get("/cases/intake/new").with(users.as("caseworker.astana")).header("Accept-Language", "ru"))
                .andExpect(content().string(allOf(containsString("Семейное положение"),
                        containsString("Вдова / вдовец"), containsString("Миграционный статус"),
                        containsString("Кандас"), containsString("Не спрашивали"))));
    }

    @Test
    void theAnswersAreStoredAndTheCasePageShowsThem() throws Exception {
        Person p = CaseTestData.person();
        String location = mvc.perform(intake(p).param("maritalStatus", "DIVORCED_OR_SEPARATED")
                        .param("displacementStatus", "KANDAS").param("hasDisability", "true")
                        .param("disability", "II топ, нашар көреді"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/cases/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(users.as("caseworker.astana")).header("Accept-Language", "ru"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("В разводе или живёт раздельно"),
                        containsString("Кандас"), containsString("Да"), containsString("(II топ, нашар көреді)"))));
        mvc.perform(get(location).with(users.as("caseworker.astana")).header("Accept-Language", "en"))
                .andExpect(content().string(allOf(containsString("Divorced or separated"),
                        containsString("Kandas (ethnic Kazakh who has come to live in Kazakhstan)"))));
    }

    @Test
    void notAskedIsShownAsNotAsked() throws Exception {
        String location = mvc.perform(intake(CaseTestData.person()).param("hasDisability", ""))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String page = mvc.perform(get(location).with(users.as("caseworker.astana")).header("Accept-Language", "kk"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page.split("Сұралмаған", -1)).hasSize(4);
    }

    @Test
    void aDescribedDisabilityWithTheAnswerNoAndAnUnlistedStatusAreNamedAndNothingIsStored() throws Exception {
        long before = survivors();
        mvc.perform(intake(CaseTestData.person()).param("hasDisability", "false").param("disability", "Нашар естиді")
                        .header("Accept-Language", "kk"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("«Жоқ» деген жауап таңдалған"),
                        containsString("aria-invalid=\"true\""))));
        mvc.perform(intake(CaseTestData.person()).param("maritalStatus", "POLYGAMOUS")
                        .param("displacementStatus", "KANDAS").header("Accept-Language", "ru"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Выберите одно из значений списка.")));
        assertThat(survivors()).isEqualTo(before);
    }
}
