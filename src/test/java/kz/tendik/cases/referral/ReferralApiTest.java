package kz.tendik.cases.referral;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static kz.tendik.cases.CaseTestData.auditEntries;
import static kz.tendik.cases.referral.ReferralFixtures.consent;
import static kz.tendik.cases.referral.ReferralFixtures.id;
import static kz.tendik.cases.referral.ReferralFixtures.newCase;
import static kz.tendik.cases.referral.ReferralFixtures.provider;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Referrals through the API: consent or override, status rules, optimistic locking, bad input. */
@IntegrationTest
class ReferralApiTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String user, String body) {
        return request.with(users.as(user)).contentType(MediaType.APPLICATION_JSON).content(body).locale(RU);
    }

    private String refer(long caseId, String user, String body) throws Exception {
        return mvc.perform(json(post("/api/v1/cases/" + caseId + "/referrals"), user, body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    private long referrals(long caseId) {
        return jdbc.sql("SELECT count(*) FROM referral WHERE case_id = ?").param(caseId).query(Long.class).single();
    }

    private int planned(long caseId) {
        return jdbc.sql("SELECT planned_services FROM case_file WHERE id = ?").param(caseId).query(Integer.class).single();
    }

    private long events(long caseId, String type) {
        return jdbc.sql("SELECT count(*) FROM case_event WHERE case_id = ? AND type = ?").params(caseId, type)
                .query(Long.class).single();
    }

    @Test
    void aReferralWithoutTheSurvivorsConsentForThatServiceIsRefusedWith422AndNothingIsStored() throws Exception {
        long caseId = newCase(mvc, users, "kk").id();
        long police = provider(jdbc, "POLICE_DISTRICT_OFFICE");
        consent(mvc, users, caseId, "REFERRAL", "LEGAL", true); // consent for another service does not count
        consent(mvc, users, caseId, "REFERRAL", "POLICE", true);
        consent(mvc, users, caseId, "REFERRAL", "POLICE", false); // withdrawn: the latest record counts
        mvc.perform(json(post("/api/v1/cases/" + caseId + "/referrals"), "caseworker.astana",
                        "{\"providerId\": " + police + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:tendik:problem:consentRequired"))
                .andExpect(jsonPath("$.errors[0].field").value("providerId"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("(Полиция)")));
        assertThat(referrals(caseId)).isZero();
        assertThat(planned(caseId)).isZero();
        assertThat(events(caseId, "REFERRAL_MADE")).isZero();
    }

    @Test
    void withConsentTheReferralIsMadeCountedOnThePlanTimelinedAuditedAndARetryIsSafe() throws Exception {
        long caseId = newCase(mvc, users, "kk").id();
        long police = provider(jdbc, "POLICE_DISTRICT_OFFICE");
        consent(mvc, users, caseId, "REFERRAL", "POLICE", true);
        String body = "{\"providerId\": " + police + "}";
        String created = mvc.perform(json(post("/api/v1/cases/" + caseId + "/referrals"), "caseworker.astana", body)
                        .header("Idempotency-Key", "ref-" + caseId))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/cases/" + caseId + "/referrals/")))
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.service").value("POLICE"))
                .andExpect(jsonPath("$.provider.id").value(police))
                .andExpect(jsonPath("$.consentId").isNumber())
                .andExpect(jsonPath("$.overrideReason").doesNotExist())
                .andExpect(jsonPath("$.nextStatuses").value(containsInAnyOrder("ACCEPTED", "REJECTED", "REVOKED")))
                .andReturn().getResponse().getContentAsString();
        long referral = id(created);
        mvc.perform(json(post("/api/v1/cases/" + caseId + "/referrals"), "caseworker.astana", body)
                        .header("Idempotency-Key", "ref-" + caseId))
                .andExpect(status().isOk()).andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(jsonPath("$.id").value(referral));
        assertThat(referrals(caseId)).isOne();
        assertThat(planned(caseId)).isOne();
        assertThat(events(caseId, "REFERRAL_MADE")).isOne();
        assertThat(auditEntries(jdbc, "referral.create", "referral", referral)).isOne();
        mvc.perform(get("/api/v1/cases/" + caseId).with(users.as("caseworker.astana")))
                .andExpect(jsonPath("$.stage").value("SERVICES"));
        mvc.perform(get("/api/v1/cases/" + caseId + "/referrals").with(users.as("caseworker.astana")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value(referral));
        mvc.perform(get("/api/v1/cases/" + caseId + "/referrals/" + referral).with(users.as("supervisor.astana")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.provider.kind").value("POLICE_DISTRICT_OFFICE"));
        // another centre's caseworker does not reach the case nor its referrals
        mvc.perform(get("/api/v1/cases/" + caseId + "/referrals/" + referral).with(users.as("caseworker.almaty")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aSupervisorMayReferWithoutConsentGivingAReasonWhichIsAuditedAsACodeAndShownOnTheCase() throws Exception {
        long caseId = newCase(mvc, users, "kk").id();
        long mobileGroup = provider(jdbc, "AKIMAT_MOBILE_GROUP");
        String explanation = "Күйеуі қайта келді, тәуекел жоғары " + caseId;
        String created = refer(caseId, "supervisor.astana", """
                {"providerId": %d, "overrideReason": "IMMINENT_DANGER", "overrideNote": "%s"}"""
                .formatted(mobileGroup, explanation));
        long referral = id(created);
        assertThat(created).contains("\"overrideReason\":\"IMMINENT_DANGER\"", explanation).doesNotContain("consentId");
        assertThat(events(caseId, "REFERRAL_CONSENT_OVERRIDDEN")).isOne();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_entry WHERE action = 'referral.consent-override' AND object_id = ?
                AND purpose = 'override:IMMINENT_DANGER'""").param(String.valueOf(referral)).query(Long.class).single())
                .isOne();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE strpos(audit_entry::text, ?) > 0")
                .param(explanation).query(Long.class).single()).as("no personal text in the audit log").isZero();
        String page = mvc.perform(get("/cases/" + caseId).with(users.as("supervisor.astana")).locale(RU))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Без согласия", "Непосредственная угроза жизни или здоровью", explanation);
        // with consent recorded, an override is not needed and is refused as such
        consent(mvc, users, caseId, "REFERRAL", "SOCIAL", true);
        mvc.perform(json(post("/api/v1/cases/" + caseId + "/referrals"), "manager.astana",
                        "{\"providerId\": " + mobileGroup + ", \"overrideReason\": \"LEGAL_DUTY\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("overrideReason")));
    }

    @Test
    void aCaseworkerMayNotOverrideConsent() throws Exception {
        long caseId = newCase(mvc, users, "kk").id();
        mvc.perform(json(post("/api/v1/cases/" + caseId + "/referrals"), "caseworker.astana",
                        "{\"providerId\": " + provider(jdbc, "POLICE_DISTRICT_OFFICE")
                                + ", \"overrideReason\": \"IMMINENT_DANGER\"}"))
                .andExpect(status().isForbidden());
        assertThat(referrals(caseId)).isZero();
    }

    @Test
    void theStatusFollowsTheRulesRecordsTheProvidersAnswerEncryptedAndAStaleVersionGets409() throws Exception {
        long caseId = newCase(mvc, users, "kk").id();
        consent(mvc, users, caseId, "REFERRAL", "MEDICAL", true);
        long referral = id(refer(caseId, "caseworker.astana",
                "{\"providerId\": " + provider(jdbc, "HEALTH_FACILITY") + "}"));
        String path = "/api/v1/cases/" + caseId + "/referrals/" + referral;
        String today = LocalDate.now(ZoneId.of("Asia/Almaty")).toString();
        // the provider's answer needs its date and who answered
        mvc.perform(json(post(path + "/status"), "caseworker.astana", "{\"status\": \"ACCEPTED\", \"version\": 0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("answeredOn", "answeredBy")))
                .andExpect(jsonPath("$.errors[?(@.field == 'answeredBy')].message").value(hasItem("Обязательное поле.")));
        // done before the provider accepted: not a valid step
        mvc.perform(json(post(path + "/status"), "caseworker.astana", "{\"status\": \"DONE\", \"version\": 0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Направление со статусом «В работе» нельзя перевести в статус «Выполнено»."));
        String answer = "Қабылдауға дайын, дәрігер Серікова " + caseId;
        mvc.perform(json(post(path + "/status"), "caseworker.astana", """
                        {"status": "ACCEPTED", "version": 0, "answeredOn": "%s", "answeredBy": "Регистратура",
                         "note": "%s"}""".formatted(today, answer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.answeredBy").value("Регистратура"))
                .andExpect(jsonPath("$.answerNote").value(answer))
                .andExpect(jsonPath("$.version").value(1));
        assertThat(jdbc.sql("SELECT count(*) FROM referral WHERE id = ? AND strpos(encode(answer_note, 'escape'), ?) > 0")
                .params(referral, "Серікова").query(Long.class).single()).as("the note is a ciphertext").isZero();
        // someone holding the old version loses nothing and gets 409
        mvc.perform(json(post(path + "/status"), "caseworker.astana", "{\"status\": \"REVOKED\", \"version\": 0}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.currentVersion").value(1));
        // a change that is not an answer takes no answer fields
        mvc.perform(json(put(path), "caseworker.astana",
                        "{\"status\": \"DONE\", \"version\": 1, \"answeredBy\": \"x\", \"note\": \"y\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("answeredBy", "note")));
        mvc.perform(json(put(path), "caseworker.astana", "{\"status\": \"DONE\", \"version\": 1}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.nextStatuses").isEmpty());
        mvc.perform(json(post(path + "/status"), "caseworker.astana", "{\"status\": \"REVOKED\", \"version\": 2}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));
        assertThat(events(caseId, "REFERRAL_STATUS_CHANGED")).isEqualTo(2);
        assertThat(auditEntries(jdbc, "referral.status", "referral", referral)).isEqualTo(2);
        mvc.perform(get("/api/v1/cases/" + caseId).with(users.as("caseworker.astana")))
                .andExpect(jsonPath("$.stage").value("SERVICES_IMPLEMENTED"));
    }

    @Test
    void badInputNamesEveryFieldInTheUsersLanguageAndStoresNothing() throws Exception {
        long caseId = newCase(mvc, users, "kk").id();
        String path = "/api/v1/cases/" + caseId + "/referrals";
        mvc.perform(json(post(path), "caseworker.astana", "{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("providerId")))
                .andExpect(jsonPath("$.errors[0].message").value("Обязательное поле."));
        mvc.perform(json(post(path), "supervisor.astana",
                        "{\"providerId\": 987654321, \"overrideReason\": \"BECAUSE\", \"overrideNote\": \"" + "я".repeat(1001) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("providerId", "overrideReason", "overrideNote")))
                .andExpect(jsonPath("$.errors[?(@.field == 'providerId')].message")
                        .value(hasItem("Такой организации нет в справочнике.")));
        mvc.perform(json(post(path), "caseworker.astana",
                        "{\"providerId\": " + ReferralFixtures.inactiveProvider(jdbc) + ", \"overrideNote\": \"x\"}")
                        .locale(Locale.forLanguageTag("kk")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("providerId", "overrideNote")))
                .andExpect(jsonPath("$.errors[?(@.field == 'providerId')].message")
                        .value(hasItem("Бұл ұйым енді жолдама қабылдамайды.")));
        mvc.perform(json(post(path), "caseworker.astana", "{\"providerId\": \"abc\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post(path), "caseworker.astana", "{\"providerId\": "))
                .andExpect(status().isBadRequest());
        assertThat(referrals(caseId)).isZero();
        mvc.perform(json(post(path + "/987654321/status"), "caseworker.astana", "{\"status\": \"DONE\", \"version\": 0}"))
                .andExpect(status().isNotFound());
    }
}
