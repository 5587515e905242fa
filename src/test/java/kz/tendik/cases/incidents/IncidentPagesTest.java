package kz.tendik.cases.incidents;

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
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class IncidentPagesTest {

    private static final String RAPE_Q = "non-consensual penetration";
    private static final String SEXUAL_ASSAULT_Q = "any other unwanted sexual contact";
    private static final String PHYSICAL_Q = "physical violence that is not sexual";
    private static final String FORCED_MARRIAGE_Q = "marriage against the person";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    private MockHttpServletRequestBuilder form(String path, String user) {
        return post(path).with(users.as(user)).with(csrf()).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED);
    }

    private long incidents(long caseId) {
        return jdbc.sql("SELECT count(*) FROM incident WHERE case_id = ?").param(caseId).query(Long.class).single();
    }

    @Test
    void theQuestionsAreAskedOneByOneUntilTheFirstYesAndTheFirstYesIsStored() throws Exception {
        long caseId = IncidentFixtures.newCase(mvc, users, "caseworker.astana", "1990-01-01");
        String path = "/cases/" + caseId + "/incidents/new";
        mvc.perform(get(path).with(users.as("caseworker.astana")).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(RAPE_Q), not(containsString(SEXUAL_ASSAULT_Q)),
                        containsString("hx-post"))));
        // "no" to the first question shows the second (the button without JavaScript, htmx posts the same)
        mvc.perform(form(path, "caseworker.astana").param("answers[RAPE]", "false").param("classify", "next"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(SEXUAL_ASSAULT_Q), not(containsString(PHYSICAL_Q)))));
        // "yes" to the third stops the questions: the fourth is not asked and the type is shown
        mvc.perform(form(path, "caseworker.astana").param("answers[RAPE]", "false")
                        .param("answers[SEXUAL_ASSAULT]", "false").param("answers[PHYSICAL_ASSAULT]", "true")
                        .param("classify", "next"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Type: Physical assault"),
                        not(containsString(FORCED_MARRIAGE_Q)))));
        // "add another perpetrator" adds a second row, nothing is stored yet
        mvc.perform(form(path, "caseworker.astana").param("perpetrators[0].relationship", "SPOUSE")
                        .param("addPerpetrator", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("perpetrators[1].relationship")));
        assertThat(incidents(caseId)).isZero();
        // saving: a later "yes" sent anyway does not count, the first "yes" wins
        mvc.perform(form(path, "caseworker.astana").param("incidentDate", "2026-05-01").param("reportDate", "2026-05-03")
                        .param("timeOfDay", "AFTERNOON").param("regionCode", "KZ-71").param("locationType", "SHARED_HOME")
                        .param("answers[RAPE]", "false").param("answers[SEXUAL_ASSAULT]", "false")
                        .param("answers[PHYSICAL_ASSAULT]", "true").param("answers[PSYCHOLOGICAL_ABUSE]", "true")
                        .param("harmfulPractice", "NO").param("abduction", "NONE").param("reportedElsewhere", "NO")
                        .param("primary", "1")
                        .param("perpetrators[0].relationship", "PARENT_IN_LAW").param("perpetrators[0].ageGroup", "AGE_61_PLUS")
                        .param("perpetrators[1].relationship", "FORMER_SPOUSE").param("perpetrators[1].sex", "MALE")
                        .param("perpetrators[2].relationship", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/cases/" + caseId + "#incidents"));
        var stored = jdbc.sql("""
                SELECT i.gbv_type || '|' || i.reporting_delay || '|' || array_to_string(i.context_flags, ',') || '|' ||
                       (SELECT p.relationship FROM perpetrator p WHERE p.incident_id = i.id AND p.is_primary) || '|' ||
                       (SELECT count(*) FROM perpetrator p WHERE p.incident_id = i.id)
                FROM incident i WHERE i.case_id = ?""").param(caseId).query(String.class).single();
        assertThat(stored).isEqualTo("PHYSICAL_ASSAULT|DAYS_0_3|INTIMATE_PARTNER_VIOLENCE|FORMER_SPOUSE|2");
        mvc.perform(get("/cases/" + caseId).with(users.as("caseworker.astana")).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"incidents\""), containsString("Physical assault"),
                        containsString("Intimate partner violence"), containsString("0–3 days"))));
    }

    @Test
    void theFormRecordsEachPerpetratorsOccupationAndEarlierViolenceTheReferralSourceAndTheWishForLegalAction()
            throws Exception {
        long caseId = IncidentFixtures.newCase(mvc, users, "caseworker.astana", "1990-01-01");
        mvc.perform(form("/cases/" + caseId + "/incidents/new", "caseworker.astana")
                        .param("incidentDate", "2026-05-01").param("reportDate", "2026-05-03")
                        .param("timeOfDay", "AFTERNOON").param("regionCode", "KZ-71").param("locationType", "SHARED_HOME")
                        .param("answers[RAPE]", "false").param("answers[SEXUAL_ASSAULT]", "false")
                        .param("answers[PHYSICAL_ASSAULT]", "true").param("harmfulPractice", "NO")
                        .param("abduction", "NONE").param("reportedElsewhere", "NO")
                        .param("referredFrom", "HOTLINE").param("wantsLegalAction", "UNDECIDED").param("primary", "0")
                        .param("perpetrators[0].relationship", "SPOUSE").param("perpetrators[0].occupation", "MILITARY_OR_POLICE")
                        .param("perpetrators[0].priorViolence", "true")
                        .param("perpetrators[1].relationship", "PARENT_IN_LAW").param("perpetrators[1].occupation", "PENSIONER")
                        .param("perpetrators[1].priorViolence", "false"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("SELECT id FROM incident WHERE case_id = ?").param(caseId).query(Long.class).single();
        assertThat(jdbc.sql("SELECT referred_from || '|' || wants_legal_action FROM incident WHERE id = ?").param(id)
                .query(String.class).single()).isEqualTo("HOTLINE|UNDECIDED");
        assertThat(jdbc.sql("""
                SELECT occupation || '|' || prior_violence FROM perpetrator WHERE incident_id = ? ORDER BY position""")
                .param(id).query(String.class).list()).containsExactly("MILITARY_OR_POLICE|true", "PENSIONER|false");
        // the incident's page shows the choices made, in each language
        for (String[] language : new String[][] {
                {"en", "Has not decided yet", "Military or police", "Wants to pursue legal action"},
                {"ru", "Пока не решила", "Военный или сотрудник полиции", "Хочет добиваться защиты по закону"},
                {"kk", "Әлі шешкен жоқ", "Әскери немесе полиция қызметкері", "Заң жолымен"}}) {
            String page = mvc.perform(get("/cases/" + caseId + "/incidents/" + id).with(users.as("caseworker.astana"))
                            .header("Accept-Language", language[0]))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains(language[3]);
            assertThat(page).contains("value=\"UNDECIDED\" selected=\"selected\">" + language[1]);
            assertThat(page).contains("value=\"MILITARY_OR_POLICE\" selected=\"selected\">" + language[2]);
        }
    }

    @Test
    void anInvalidFormNamesEveryFieldInEachLanguageAndStoresNothing() throws Exception {
        long caseId = IncidentFixtures.newCase(mvc, users, "caseworker.astana", "1990-01-01");
        String path = "/cases/" + caseId + "/incidents/new";
        for (String[] language : new String[][] {
                {"en", "The report cannot come before the incident.", "Required.", "Answer the classification questions"},
                {"ru", "Дата обращения не может быть раньше даты инцидента.", "Обязательное поле.", "Ответьте на вопросы классификации"},
                {"kk", "Жүгіну күні оқиға күнінен бұрын болмауы керек.", "Міндетті өріс.", "Жіктеу сұрақтарына"}}) {
            var result = mvc.perform(post(path).with(users.as("caseworker.astana")).with(csrf())
                            .header("Accept-Language", language[0])
                            .param("incidentDate", "2026-05-10").param("reportDate", "2026-05-01")
                            .param("regionCode", "KZ-71").param("primary", "0").param("perpetrators[0].sex", "MALE"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString(language[2]), containsString(language[3]))))
                    .andReturn().getResponse().getContentAsString();
            assertThat(result).contains(language[1]);
            // timeOfDay, locationType, answers and the perpetrator's relationship are marked invalid
            assertThat(result.split("aria-invalid=\"true\"", -1).length - 1).isGreaterThanOrEqualTo(4);
        }
        assertThat(incidents(caseId)).isZero();
    }

    @Test
    void anIncidentIsViewedAndChangedOnItsPageAndAStaleChangeIsRefused() throws Exception {
        long caseId = IncidentFixtures.newCase(mvc, users, "caseworker.astana", "1990-01-01");
        String created = mvc.perform(post("/api/v1/cases/" + caseId + "/incidents").with(users.as("caseworker.astana"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(IncidentFixtures.sexualAssault("Рассказ на странице", "Имя на странице")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.id")).longValue();
        String path = "/cases/" + caseId + "/incidents/" + id;
        mvc.perform(get(path).with(users.as("caseworker.astana")).header("Accept-Language", "ru"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Рассказ на странице"),
                        containsString("Имя на странице"), containsString("Сексуальное насилие"))));
        String[] base = {"incidentDate", "2026-01-10", "reportDate", "2026-02-20", "timeOfDay", "MORNING",
                "regionCode", "KZ-71", "locationType", "SHARED_HOME", "answers[RAPE]", "false",
                "answers[SEXUAL_ASSAULT]", "false", "answers[PHYSICAL_ASSAULT]", "false",
                "answers[FORCED_MARRIAGE]", "false", "answers[DENIAL_OF_RESOURCES]", "true", "primary", "0",
                "perpetrators[0].relationship", "SPOUSE", "harmfulPractice", "NO", "abduction", "NONE",
                "reportedElsewhere", "NO"};
        MockHttpServletRequestBuilder change = form(path, "caseworker.astana").param("version", "0");
        for (int i = 0; i < base.length; i += 2) {
            change.param(base[i], base[i + 1]);
        }
        mvc.perform(change).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(path + "?saved"));
        assertThat(jdbc.sql("SELECT gbv_type || '|' || law_form || '|' || reporting_delay FROM incident WHERE id = ?")
                .param(id).query(String.class).single()).isEqualTo("DENIAL_OF_RESOURCES|ECONOMIC|OVER_ONE_MONTH");
        MockHttpServletRequestBuilder stale = form(path, "supervisor.astana").param("version", "0");
        for (int i = 0; i < base.length; i += 2) {
            stale.param(base[i], base[i + 1].equals("2026-02-20") ? "2026-01-11" : base[i + 1]);
        }
        mvc.perform(stale).andExpect(status().isOk())
                .andExpect(content().string(containsString("alert error")));
        assertThat(jdbc.sql("SELECT reporting_delay || '|' || version FROM incident WHERE id = ?").param(id)
                .query(String.class).single()).isEqualTo("OVER_ONE_MONTH|1");
    }

    @Test
    void anAlmatyCaseworkerDoesNotFindAnAstanaIncidentPageAndAnAnalystIsRefused() throws Exception {
        long caseId = IncidentFixtures.newCase(mvc, users, "caseworker.astana", "1990-01-01");
        String created = mvc.perform(post("/api/v1/cases/" + caseId + "/incidents").with(users.as("caseworker.astana"))
                        .contentType(MediaType.APPLICATION_JSON).content(IncidentFixtures.physicalAssault(null)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.id")).longValue();
        mvc.perform(get("/cases/" + caseId + "/incidents/" + id).with(users.as("caseworker.almaty")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + caseId + "/incidents/new").with(users.as("caseworker.almaty")))
                .andExpect(status().isNotFound());
        mvc.perform(form("/cases/" + caseId + "/incidents/new", "caseworker.almaty").param("classify", "next"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + caseId + "/incidents/" + id).with(users.as("analyst")))
                .andExpect(status().isForbidden());
    }
}
