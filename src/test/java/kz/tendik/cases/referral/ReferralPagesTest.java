package kz.tendik.cases.referral;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static kz.tendik.cases.referral.ReferralFixtures.consent;
import static kz.tendik.cases.referral.ReferralFixtures.newCase;
import static kz.tendik.cases.referral.ReferralFixtures.provider;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The case page's referral, services and transfer sections and their forms, in the three languages. */
@IntegrationTest
class ReferralPagesTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    private long referrals(long caseId) {
        return jdbc.sql("SELECT count(*) FROM referral WHERE case_id = ?").param(caseId).query(Long.class).single();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            kk | Жолдамалар | Көрсетілген қызметтер | Басқа орталыққа беру        | Қызмет түрі
            ru | Направления | Оказанные услуги    | Передача в другой центр     | Вид услуги
            en | Referrals  | Services provided     | Transfer to another centre  | Type of service""")
    void theCasePageShowsTheSectionsInTheUsersLanguage(String language, String referrals, String services,
                                                        String transfer, String kind) throws Exception {
        long caseId = newCase(mvc, users, "kk").id();
        String page = mvc.perform(get("/cases/" + caseId).with(users.as("caseworker.astana"))
                        .locale(Locale.forLanguageTag(language)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(referrals, services, transfer, "/cases/" + caseId + "/forms/referralForm", "hx-get")
                .doesNotContain("id=\"referral-form\"");
        String form = mvc.perform(get("/cases/" + caseId + "/forms/referralForm").header("HX-Request", "true")
                        .with(users.as("caseworker.astana")).locale(Locale.forLanguageTag(language)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).startsWith("<form").contains("id=\"referral-form\"", kind, "hx-post", "id=\"provider-choice\"");
        assertThat(form).as("only a user with the override permission sees its field").doesNotContain("overrideReason");
        assertThat(mvc.perform(get("/cases/" + caseId + "/forms/referralForm").header("HX-Request", "true")
                        .with(users.as("supervisor.astana")).locale(Locale.forLanguageTag(language)))
                .andReturn().getResponse().getContentAsString()).contains("name=\"overrideReason\"");
        assertThat(mvc.perform(get("/cases/" + caseId).with(users.as("supervisor.astana"))
                        .locale(Locale.forLanguageTag(language)))
                .andReturn().getResponse().getContentAsString()).contains("id=\"timeline\"");
        assertThat(mvc.perform(get("/cases/1").with(users.as("supervisor.astana")).locale(Locale.forLanguageTag(language)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("id=\"timeline\"");
    }

    @Test
    void theProviderChooserIsFilteredByTypeAndRegion() throws Exception {
        long caseId = newCase(mvc, users, "kk").id();
        String police = mvc.perform(get("/cases/" + caseId + "/referrals/providers").with(users.as("caseworker.astana"))
                        .param("kind", "POLICE_DISTRICT_OFFICE").param("region", "KZ-75").locale(RU))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(police).contains("id=\"provider-choice\"", "Управление полиции города Алматы")
                .doesNotContain("Управление полиции города Астаны", "поликлиника");
    }

    @Test
    void theReferralFormNamesTheMissingConsentThenRefersAndRecordsTheAnswer() throws Exception {
        long caseId = newCase(mvc, users, "kk").id();
        long police = provider(jdbc, "POLICE_DISTRICT_OFFICE");
        String refused = mvc.perform(post("/cases/" + caseId + "/referrals").with(users.as("caseworker.astana")).with(csrf())
                        .param("region", "KZ-71").param("providerId", String.valueOf(police)).locale(RU))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"referral-form\"", "Согласие пострадавшей на направление (Полиция) не записано в деле.");
        assertThat(referrals(caseId)).isZero();
        consent(mvc, users, caseId, "REFERRAL", "POLICE", true);
        mvc.perform(post("/cases/" + caseId + "/referrals").with(users.as("caseworker.astana")).with(csrf())
                        .header("HX-Request", "true").param("region", "KZ-71").param("providerId", String.valueOf(police))
                        .locale(RU))
                .andExpect(status().isOk()).andExpect(header().string("HX-Retarget", "#referrals"))
                .andExpect(header().string("HX-Reselect", "#referrals"))
                .andExpect(content().string(containsString("Управление полиции города Астаны")));
        long referral = jdbc.sql("SELECT id FROM referral WHERE case_id = ?").param(caseId).query(Long.class).single();
        String path = "/cases/" + caseId + "/referrals/" + referral + "/status";
        String wrong = mvc.perform(post(path).with(users.as("caseworker.astana")).with(csrf()).locale(RU)
                        .param("status", "ACCEPTED").param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("id=\"status-form\"", "Обязательное поле.");
        mvc.perform(post(path).with(users.as("caseworker.astana")).with(csrf()).param("status", "ACCEPTED")
                        .param("version", "0").param("answeredOn", LocalDate.now(ZoneId.of("Asia/Almaty")).toString())
                        .param("answeredBy", "Участковый инспектор"))
                .andExpect(redirectedUrl("/cases/" + caseId + "#referrals"));
        String page = mvc.perform(get("/cases/" + caseId).with(users.as("caseworker.astana")).locale(RU))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Принято", "Участковый инспектор", "Отметить выполненным", "letter.pdf");
    }

    @Test
    void theServiceAndTransferFormsAreLoadedWhenOpenedAsAFragmentForHtmxOrAPageWithoutScript() throws Exception {
        long caseId = newCase(mvc, users, "kk").id();
        String page = mvc.perform(get("/cases/" + caseId).with(users.as("caseworker.astana")).locale(RU))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/cases/" + caseId + "/forms/serviceForm", "/cases/" + caseId + "/forms/transferForm",
                "hx-trigger=\"toggle once\"", "Открыть форму").doesNotContain("id=\"service-form\"", "id=\"transfer-form\"");
        String fragment = mvc.perform(get("/cases/" + caseId + "/forms/serviceForm").header("HX-Request", "true")
                        .with(users.as("caseworker.astana")).locale(RU))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).startsWith("<form").contains("id=\"service-form\"", "name=\"workerId\"")
                .doesNotContain("<html");
        String transfer = mvc.perform(get("/cases/" + caseId + "/forms/transferForm")
                        .with(users.as("caseworker.astana")).locale(RU))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(transfer).contains("<html", "id=\"transfer-form\"", "name=\"centreId\"", "Передача дела");
        mvc.perform(get("/cases/" + caseId + "/forms/noteForm").with(users.as("caseworker.astana")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theServiceAndTransferFormsNameTheirMistakesAndATransferLeadsBackToTheList() throws Exception {
        long caseId = newCase(mvc, users, "kk").id();
        String service = mvc.perform(post("/cases/" + caseId + "/services").with(users.as("caseworker.astana"))
                        .with(csrf()).locale(RU).param("service", "LEGAL"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(service).contains("id=\"service-form\"", "Обязательное поле.", "Укажите сотрудника центра или организацию.");
        String transfer = mvc.perform(post("/cases/" + caseId + "/transfer").with(users.as("caseworker.astana"))
                        .with(csrf()).locale(RU).param("centreId", String.valueOf(ReferralFixtures.almatyCentre(jdbc)))
                        .param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(transfer).contains("id=\"transfer-form\"", "Согласие пострадавшей на передачу дела не записано.");
        consent(mvc, users, caseId, "TRANSFER", null, true);
        int version = jdbc.sql("SELECT version FROM case_file WHERE id = ?").param(caseId).query(Integer.class).single();
        mvc.perform(post("/cases/" + caseId + "/transfer").with(users.as("caseworker.astana")).with(csrf())
                        .param("centreId", String.valueOf(ReferralFixtures.almatyCentre(jdbc)))
                        .param("version", String.valueOf(version)))
                .andExpect(redirectedUrl("/cases?transferred"));
        assertThat(mvc.perform(get("/cases").param("transferred", "").with(users.as("caseworker.astana")).locale(RU))
                .andReturn().getResponse().getContentAsString()).contains("Дело передано в другой центр.");
        mvc.perform(get("/cases/" + caseId).with(users.as("caseworker.astana"))).andExpect(status().isNotFound());
    }
}
