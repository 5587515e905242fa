package kz.tendik.cases.web;

import java.util.Locale;

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
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The case page's profile form: loaded by htmx into the profile section, prefilled with every field and channel,
 * mistakes named in the user's language with nothing changed, a change someone saved first refused, a saved change
 * swapped back into the profile section and named on the timeline.
 */
@IntegrationTest
class SurvivorEditPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    /**
     * The form as the browser sends it: the person's fields, her channel rows ({@code "TELEGRAM|+7 777 ..."}, or the
     * value alone for a phone) and the version read.
     */
    private MockHttpServletRequestBuilder save(long caseId, Person p, int version, String... rows) {
        MockHttpServletRequestBuilder request = post("/cases/" + caseId + "/survivor")
                .with(users.as("caseworker.astana")).with(csrf())
                .param("version", String.valueOf(version)).param("fullName", p.name()).param("iin", p.iin())
                .param("dateOfBirth", p.born().toString()).param("sex", "FEMALE").param("languages", "kk", "ru")
                .param("maritalStatus", "DIVORCED_OR_SEPARATED").param("displacementStatus", "KANDAS")
                .param("hasDisability", "true").param("disability", CaseTestData.DISABILITY)
                .param("citizenship", "KZ").param("childrenInHousehold", "2").param("safeAddress", p.address())
                .param("emergencyName", "Сіңлісі").param("emergencyRelationship", "sister")
                .param("emergencyPhone", "+7 701 000 00 02");
        for (int i = 0; i < rows.length; i++) {
            String[] row = rows[i].contains("|") ? rows[i].split("\\|") : new String[] {"PHONE", rows[i]};
            request.param("contacts[" + i + "].kind", row[0]).param("contacts[" + i + "].value", row[1]);
        }
        return request;
    }

    @Test
    void theFormIsLoadedIntoTheProfileSectionWithEveryFieldAndAnEmptyRowForANewChannel() throws Exception {
        Person p = CaseTestData.person();
        long caseId = CaseTestData.openCase(mvc, users, "caseworker.astana", p);
        mvc.perform(get("/cases/" + caseId).with(users.as("caseworker.astana")).locale(Locale.ENGLISH))
                .andExpect(content().string(allOf(containsString("hx-get=\"/cases/" + caseId + "/survivor\""),
                        containsString("Change the profile"))));
        String form = mvc.perform(get("/cases/" + caseId + "/survivor").header("HX-Request", "true")
                        .with(users.as("caseworker.astana")).locale(Locale.forLanguageTag("ru")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).startsWith("<form").doesNotContain("<html")
                .contains("id=\"profile-form\"", "hx-post=\"/cases/" + caseId + "/survivor\"",
                        "value=\"" + p.name() + "\"", "value=\"" + p.iin() + "\"", "value=\"" + p.phone() + "\"",
                        "name=\"contacts[1].value\"", "Номер или адрес",
                        "value=\"DIVORCED_OR_SEPARATED\" selected=\"selected\"");
        assertThat(form).containsPattern("name=\"version\" value=\"0\"");
        assertThat(form).containsPattern("name=\"contacts\\[0\\]\\.safeToCall\" value=\"true\" checked=\"checked\"");
        mvc.perform(get("/cases/" + caseId + "/survivor").with(users.as("caseworker.astana")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("<html")));
        mvc.perform(get("/cases/" + caseId + "/survivor").with(users.as("caseworker.almaty")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aSavedChangeIsSwappedIntoTheProfileSectionAndNamedOnTheTimeline() throws Exception {
        Person p = CaseTestData.person();
        long caseId = CaseTestData.openCase(mvc, users, "caseworker.astana", p);
        String newPhone = CaseTestData.person().phone();
        String telegram = "+7 777 000 11 22";
        mvc.perform(save(caseId, p, 0, newPhone, "TELEGRAM|" + telegram, "").param("contacts[0].safeToText", "true")
                        .header("HX-Request", "true").locale(Locale.forLanguageTag("ru")))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Retarget", "#profile"))
                .andExpect(header().string("HX-Reselect", "#profile"))
                .andExpect(content().string(allOf(containsString(newPhone), containsString(telegram),
                        not(containsString(p.phone())))));
        mvc.perform(get("/api/v1/survivors/" + CaseTestData.survivorOf(jdbc, caseId)).with(users.as("caseworker.astana")))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.profile.contacts[0].value").value(newPhone))
                .andExpect(jsonPath("$.profile.contacts[0].safeToCall").value(false))
                .andExpect(jsonPath("$.profile.contacts[0].safeToText").value(true))
                .andExpect(jsonPath("$.profile.contacts[1].kind").value("TELEGRAM"))
                .andExpect(jsonPath("$.profile.disability").value(CaseTestData.DISABILITY));
        mvc.perform(get("/cases/" + caseId).with(users.as("supervisor.astana")).locale(Locale.forLanguageTag("ru")))
                .andExpect(content().string(allOf(containsString("Изменён профиль пострадавшей(-его)"),
                        containsString("каналы связи"))));
        // without script: back to the case page's profile section
        Person moved = new Person(p.name(), p.iin(), p.born(), newPhone, CaseTestData.person().address());
        mvc.perform(save(caseId, moved, 1, newPhone, "TELEGRAM|" + telegram))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/cases/" + caseId + "#profile"));
        mvc.perform(get("/cases/" + caseId).with(users.as("caseworker.astana")).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("safe address")));
    }

    @Test
    void mistakesAreNamedOnTheirFieldsInEachLanguageAndNothingChanges() throws Exception {
        Person p = CaseTestData.person();
        long caseId = CaseTestData.openCase(mvc, users, "caseworker.astana", p);
        String typo = p.iin().substring(0, 11) + (char) ('0' + (p.iin().charAt(11) - '0' + 1) % 10);
        Person wrong = new Person(p.name(), typo, p.born(), p.phone(), p.address());
        for (String[] e : new String[][] {{"en", "The check digit does not match", "Enter a phone number"},
                {"ru", "Контрольная цифра не сходится", "Введите номер телефона"},
                {"kk", "Бақылау цифры сәйкес келмейді", "Телефон нөмірін енгізіңіз"}}) {
            mvc.perform(save(caseId, wrong, 0, "", "12ab").param("age", "x").param("emergencyPhone", "x")
                            .header("HX-Request", "true").locale(Locale.forLanguageTag(e[0])))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("id=\"profile-form\""), containsString(e[1]),
                            containsString(e[2]))))
                    // the second row's mistake is shown on the second row, though the first row was left empty
                    .andExpect(content().string(matchesPattern(invalid("contacts\\[1\\]\\.value"))))
                    .andExpect(content().string(matchesPattern(invalid("emergencyPhone"))))
                    .andExpect(content().string(not(matchesPattern(invalid("contacts\\[0\\]\\.value")))));
        }
        mvc.perform(get("/api/v1/survivors/" + CaseTestData.survivorOf(jdbc, caseId)).with(users.as("caseworker.astana")))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.profile.contacts[0].value").value(p.phone()));
    }

    /** A page whose input named {@code name} (a regular expression) is marked invalid. */
    private static String invalid(String name) {
        return "(?s).*<input(?=[^>]*aria-invalid=\"true\")[^>]*name=\"" + name + "\".*";
    }

    @Test
    void aChangeSomeoneSavedFirstIsNotOverwritten() throws Exception {
        Person p = CaseTestData.person();
        long caseId = CaseTestData.openCase(mvc, users, "caseworker.astana", p);
        long survivor = CaseTestData.survivorOf(jdbc, caseId);
        Person viaApi = new Person(p.name(), p.iin(), p.born(), CaseTestData.person().phone(), p.address());
        mvc.perform(put("/api/v1/survivors/" + survivor).with(users.as("supervisor.astana"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0, " + CaseTestData.survivorJson(viaApi).strip().substring(1)))
                .andExpect(status().isOk());
        mvc.perform(save(caseId, p, 0, CaseTestData.person().phone()).locale(Locale.forLanguageTag("kk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Сіз ашқаннан кейін бұл адамның профилін біреу сақтады.")));
        String body = mvc.perform(get("/api/v1/survivors/" + survivor).with(users.as("caseworker.astana")))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(body, "$.profile.contacts[0].value")).isEqualTo(viaApi.phone());
        assertThat(JsonPath.<Integer>read(body, "$.version")).isEqualTo(1);
    }
}
