package kz.tendik.cases.referral;

import java.util.Locale;

import kz.tendik.cases.CaseTestData;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A transfer without the survivor's recorded consent: only a user with the override permission, only with a valid
 * reason (and an explanation only with one), never when consent is recorded; audited as the code, the explanation
 * encrypted, on the receiving centre's timeline with its reason; through the API and the case page, errors translated.
 */
@IntegrationTest
class TransferOverrideTest {

    private static final String NOTE = "Муж угрожает, выезжает ночью к сестре в Алматы";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    private int version(long caseId) {
        return jdbc.sql("SELECT version FROM case_file WHERE id = ?").param(caseId).query(Integer.class).single();
    }

    private ResultActions transfer(String user, long caseId, String members, String language) throws Exception {
        return mvc.perform(post("/api/v1/cases/" + caseId + "/transfer").with(users.as(user))
                .contentType(MediaType.APPLICATION_JSON).locale(Locale.forLanguageTag(language))
                .content("{\"centreId\": %d, \"version\": %d%s}".formatted(ReferralFixtures.almatyCentre(jdbc),
                        version(caseId), members.isEmpty() ? "" : ", " + members)));
    }

    private long count(String sql, long caseId) {
        return jdbc.sql(sql).param(caseId).query(Long.class).single();
    }

    @Test
    void aSupervisorTransfersWithoutConsentGivingAReasonAndItIsAuditedAndOnTheTimeline() throws Exception {
        long caseId = CaseTestData.openCase(mvc, users, "caseworker.astana");
        String manager = ReferralFixtures.almatyManager(jdbc);
        // a caseworker may not override
        transfer("caseworker.astana", caseId, "\"overrideReason\": \"IMMINENT_DANGER\"", "ru")
                .andExpect(status().isForbidden());
        // without consent and without a reason: refused, naming the consent
        transfer("supervisor.astana", caseId, "", "kk").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("centreId"))
                .andExpect(jsonPath("$.errors[0].message").value("Зардап шеккен адамның істі беруге келісімі тіркелмеген."));
        // an unknown reason and an over-long explanation: both named, in English
        transfer("supervisor.astana", caseId, "\"overrideReason\": \"BECAUSE\", \"overrideNote\": \"" + "ж".repeat(1001) + "\"",
                "en").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("overrideReason", "overrideNote")));
        assertThat(count("SELECT count(*) FROM case_transfer WHERE case_id = ?", caseId)).isZero();

        transfer("supervisor.astana", caseId, "\"overrideReason\": \"IMMINENT_DANGER\", \"overrideNote\": \"" + NOTE + "\"",
                "ru").andExpect(status().isOk())
                .andExpect(jsonPath("$.overrideReason").value("IMMINENT_DANGER"))
                .andExpect(jsonPath("$.toCentreId").value(ReferralFixtures.almatyCentre(jdbc)));
        assertThat(jdbc.sql("""
                SELECT count(*) FROM case_transfer WHERE case_id = ? AND consent_id IS NULL
                  AND override_reason = 'IMMINENT_DANGER' AND override_by IS NOT NULL AND override_note IS NOT NULL""")
                .param(caseId).query(Long.class).single()).isEqualTo(1);
        byte[] stored = jdbc.sql("SELECT override_note FROM case_transfer WHERE case_id = ?").param(caseId)
                .query(byte[].class).single();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("угрожает");
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_entry WHERE action = 'case.transfer.consent-override' AND object_id = ?
                  AND purpose LIKE 'override:IMMINENT_DANGER;transfer:%'""")
                .param(String.valueOf(caseId)).query(Long.class).single()).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM case_event WHERE case_id = ? AND type = 'TRANSFER_CONSENT_OVERRIDDEN'",
                caseId)).isEqualTo(1);
        // the receiving centre sees it on the timeline, with the reason, in its language; the explanation is not shown
        mvc.perform(get("/cases/" + caseId).with(users.as(manager)).locale(Locale.forLanguageTag("kk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Іс келісім тіркелмей берілді")))
                .andExpect(content().string(containsString("Өмірге немесе денсаулыққа тікелей қауіп")))
                .andExpect(content().string(not(containsString("угрожает"))));
        mvc.perform(get("/cases/" + caseId).with(users.as(manager)).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("Case transferred without recorded consent")))
                .andExpect(content().string(containsString("Immediate danger to life or health")));
    }

    @Test
    void anOverrideIsRefusedWhenConsentIsRecordedAndAnExplanationNeedsAReason() throws Exception {
        long caseId = CaseTestData.openCase(mvc, users, "caseworker.astana");
        transfer("supervisor.astana", caseId, "\"overrideNote\": \"без причины\"", "ru")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("overrideNote"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Пояснение даётся только вместе с причиной передачи без согласия."));
        ReferralFixtures.consent(mvc, users, caseId, "TRANSFER", null, true);
        transfer("supervisor.astana", caseId, "\"overrideReason\": \"LEGAL_DUTY\"", "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("overrideReason"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("The survivor's consent to the transfer is recorded: no override is needed."));
        assertThat(count("SELECT count(*) FROM case_transfer WHERE case_id = ?", caseId)).isZero();
    }

    @Test
    void theCasePageOffersTheOverrideToASupervisorAndNamesItsMistakes() throws Exception {
        long caseId = CaseTestData.openCase(mvc, users, "caseworker.astana");
        mvc.perform(get("/cases/" + caseId + "/forms/transferForm").with(users.as("supervisor.astana"))
                        .locale(Locale.forLanguageTag("ru")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Передать без согласия, потому что")));
        mvc.perform(get("/cases/" + caseId + "/forms/transferForm").with(users.as("caseworker.astana")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("name=\"overrideReason\""))));
        String centre = String.valueOf(ReferralFixtures.almatyCentre(jdbc));
        mvc.perform(post("/cases/" + caseId + "/transfer").with(users.as("supervisor.astana")).with(csrf())
                        .locale(Locale.forLanguageTag("kk")).param("centreId", centre)
                        .param("version", String.valueOf(version(caseId))).param("overrideNote", "себепсіз"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Түсініктеме тек келісімсіз беру себебімен бірге беріледі.")));
        mvc.perform(post("/cases/" + caseId + "/transfer").with(users.as("supervisor.astana")).with(csrf())
                        .param("centreId", centre).param("version", String.valueOf(version(caseId)))
                        .param("overrideReason", "SURVIVOR_CANNOT_CONSENT"))
                .andExpect(redirectedUrl("/cases?transferred"));
        assertThat(count("SELECT count(*) FROM case_transfer WHERE case_id = ? AND override_reason = 'SURVIVOR_CANNOT_CONSENT'",
                caseId)).isEqualTo(1);
    }
}
