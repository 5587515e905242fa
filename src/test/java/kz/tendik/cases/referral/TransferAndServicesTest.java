package kz.tendik.cases.referral;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import kz.tendik.cases.access.CaseAccess;
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
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Transfer of a case to another centre (consent, access afterwards) and the services provided log. */
@IntegrationTest
class TransferAndServicesTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseAccess access;

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String user, String body) {
        return request.with(users.as(user)).contentType(MediaType.APPLICATION_JSON).content(body).locale(RU);
    }

    private int version(long caseId) {
        return jdbc.sql("SELECT version FROM case_file WHERE id = ?").param(caseId).query(Integer.class).single();
    }

    @Test
    void aTransferNeedsConsentThenMovesTheCaseAndTheSendingCentreLosesAccess() throws Exception {
        ReferralFixtures.Case kase = newCase(mvc, users, "ru");
        long caseId = kase.id();
        long almaty = ReferralFixtures.almatyCentre(jdbc);
        String manager = ReferralFixtures.almatyManager(jdbc);
        String path = "/api/v1/cases/" + caseId + "/transfer";
        mvc.perform(json(post(path), "supervisor.astana", "{\"centreId\": %d, \"version\": %d}".formatted(almaty, version(caseId))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("centreId"))
                .andExpect(jsonPath("$.errors[0].message").value("Согласие пострадавшей на передачу дела не записано."));
        assertThat(jdbc.sql("SELECT count(*) FROM case_transfer WHERE case_id = ?").param(caseId).query(Long.class).single())
                .isZero();
        consent(mvc, users, caseId, "TRANSFER", null, true);
        // bad input, every field at once; a stale version is a conflict
        long own = jdbc.sql("SELECT centre_id FROM case_file WHERE id = ?").param(caseId).query(Long.class).single();
        mvc.perform(json(post(path), "caseworker.astana", "{\"centreId\": " + own + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("version", "centreId")))
                .andExpect(jsonPath("$.errors[?(@.field == 'centreId')].message").value(hasItem("Дело уже ведёт этот центр.")));
        mvc.perform(json(post(path), "caseworker.astana", "{\"centreId\": 987654321, \"version\": " + version(caseId) + "}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("centreId"));
        mvc.perform(json(post(path), "caseworker.astana", "{\"centreId\": " + almaty + ", \"version\": 999}"))
                .andExpect(status().isConflict());
        mvc.perform(json(post(path), "caseworker.astana",
                        "{\"centreId\": " + almaty + ", \"version\": " + version(caseId) + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.toCentreId").value(almaty)).andExpect(jsonPath("$.fromCentreId").value(own));
        // nobody at the sending centre reaches the case or the survivor any more
        for (String astana : new String[] {"caseworker.astana", "supervisor.astana", "manager.astana"}) {
            mvc.perform(get("/api/v1/cases/" + caseId).with(users.as(astana))).andExpect(status().isNotFound());
            assertThat(access.reaches(users.user(astana), caseId)).as(astana).isFalse();
        }
        long survivor = jdbc.sql("SELECT survivor_id FROM case_file WHERE id = ?").param(caseId).query(Long.class).single();
        mvc.perform(get("/api/v1/survivors/" + survivor).with(users.as("supervisor.astana"))).andExpect(status().isNotFound());
        // the receiving centre's manager reaches it and assigns her caseworker, who then reaches it too
        assertThat(access.reaches(users.user("caseworker.almaty"), caseId)).isFalse();
        mvc.perform(get("/api/v1/cases/" + caseId).with(users.as(manager))).andExpect(status().isOk())
                .andExpect(jsonPath("$.centreId").value(almaty)).andExpect(jsonPath("$.caseworkers").isEmpty());
        long almatyWorker = users.user("caseworker.almaty").id();
        mvc.perform(json(put("/api/v1/cases/" + caseId), manager,
                        "{\"version\": " + version(caseId) + ", \"caseworkerIds\": [" + almatyWorker + "]}"))
                .andExpect(status().isOk());
        assertThat(access.reaches(users.user("caseworker.almaty"), caseId)).isTrue();
        mvc.perform(get("/api/v1/survivors/" + survivor).with(users.as("caseworker.almaty"))).andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT count(*) FROM case_event WHERE case_id = ? AND type = 'CASE_TRANSFERRED'")
                .param(caseId).query(Long.class).single()).isOne();
        assertThat(auditEntries(jdbc, "case.transfer", "case", caseId)).isOne();
    }

    @Test
    void servicesProvidedAreLoggedAgainstThePlanWithTheNoteEncryptedAndBadInputNamed() throws Exception {
        long caseId = newCase(mvc, users, "kk").id();
        String path = "/api/v1/cases/" + caseId + "/services";
        String today = LocalDate.now(ZoneId.of("Asia/Almaty")).toString();
        mvc.perform(json(post(path), "caseworker.astana", "{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("service", "providedOn", "workerId",
                        "providerId")));
        mvc.perform(json(post(path), "caseworker.astana", """
                        {"service": "MAGIC", "providedOn": "2999-01-01", "workerId": %d, "referralId": 987654321}"""
                        .formatted(users.user("caseworker.almaty").id())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("service", "providedOn", "workerId",
                        "referralId")));
        assertThat(jdbc.sql("SELECT count(*) FROM case_service WHERE case_id = ?").param(caseId).query(Long.class).single())
                .isZero();
        String note = "Психолог кеңесі өтті " + caseId;
        String service = """
                {"service": "PSYCHOLOGICAL", "providedOn": "%s", "workerId": %d, "note": "%s"}"""
                .formatted(today, users.user("caseworker.astana").id(), note);
        String created = mvc.perform(json(post(path), "caseworker.astana", service)
                        .header("Idempotency-Key", "svc-" + caseId))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.note").value(note))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(json(post(path), "caseworker.astana", service).header("Idempotency-Key", "svc-" + caseId))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id(created)));
        // the same key with another request is not a retry (decision 0028)
        mvc.perform(json(post(path), "caseworker.astana", "{}").header("Idempotency-Key", "svc-" + caseId))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        // under a referral, the provider is the referral's and the plan counts the referral once
        consent(mvc, users, caseId, "REFERRAL", "SHELTER", true);
        String referral = mvc.perform(json(post("/api/v1/cases/" + caseId + "/referrals"), "caseworker.astana",
                        "{\"providerId\": " + provider(jdbc, "CRISIS_CENTRE_SHELTER") + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        mvc.perform(json(post(path), "caseworker.astana", """
                        {"service": "SHELTER", "providedOn": "%s", "referralId": %d}""".formatted(today, id(referral))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.provider.kind").value("CRISIS_CENTRE_SHELTER"))
                .andExpect(jsonPath("$.referralId").value(id(referral)));
        mvc.perform(get(path).with(users.as("supervisor.astana")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(2));
        assertThat(jdbc.sql("SELECT planned_services || '/' || started_services || '/' || settled_services FROM case_file WHERE id = ?")
                .param(caseId).query(String.class).single()).isEqualTo("2/1/1");
        // the note's text is not in its ciphertext (the bytes of the text, not digits that escaped bytes also show)
        assertThat(jdbc.sql("SELECT count(*) FROM case_service WHERE case_id = ? AND position(convert_to(?, 'UTF8') IN note) > 0")
                .params(caseId, note).query(Long.class).single()).isZero();
        assertThat(auditEntries(jdbc, "case.service.add", "case-service", id(created))).isOne();
    }
}
