package kz.tendik.cases.referral;

import java.util.Locale;

import com.jayway.jsonpath.JsonPath;
import kz.tendik.shared.referral.ProgrammeReferralCodes;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static kz.tendik.cases.referral.ReferralFixtures.consent;
import static kz.tendik.cases.referral.ReferralFixtures.newCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A programme referral code: refused without the survivor's consent to it, issued with it, shown on the case page
 * and its timeline, and recognised (only as "issued") by the check the programmes module uses.
 */
@IntegrationTest
class ProgrammeReferralTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProgrammeReferralCodes codes;

    private long issued(long caseId) {
        return jdbc.sql("SELECT count(*) FROM programme_referral WHERE case_id = ?").param(caseId).query(Long.class).single();
    }

    @Test
    void aCodeIsIssuedOnlyWithConsentAndTheProgrammeCanOnlyAskWhetherItWasIssued() throws Exception {
        long caseId = newCase(mvc, users, "kk").id();
        mvc.perform(post("/api/v1/cases/" + caseId + "/programme-referrals").with(users.as("caseworker.astana"))
                        .locale(RU))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("consent"))
                .andExpect(jsonPath("$.detail").value(
                        "Согласие пострадавшей на направление на программу не записано в деле."));
        assertThat(issued(caseId)).isZero();

        consent(mvc, users, caseId, "PROGRAMME", null, true);
        String body = mvc.perform(post("/api/v1/cases/" + caseId + "/programme-referrals")
                        .with(users.as("caseworker.astana")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String code = JsonPath.read(body, "$.code");
        assertThat(code).matches(ProgrammeReferralCodes.FORMAT);
        assertThat(body).doesNotContain("\"caseId\"");

        assertThat(codes.isIssued(code)).isTrue();
        assertThat(codes.isIssued(" " + code.toLowerCase(Locale.ROOT).replace("-", " ") + " ")).isTrue();
        assertThat(codes.isIssued("PR-00000-00000")).isFalse();
        assertThat(codes.isIssued("not a code")).isFalse();
        assertThat(codes.isIssued(null)).isFalse();

        mvc.perform(get("/api/v1/cases/" + caseId + "/programme-referrals").with(users.as("caseworker.astana")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].code").value(code));
        // a caseworker of another centre reaches neither the list nor the button
        mvc.perform(get("/api/v1/cases/" + caseId + "/programme-referrals").with(users.as("caseworker.almaty")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/cases/" + caseId + "/programme-referrals").with(users.as("caseworker.almaty")))
                .andExpect(status().isNotFound());
        assertThat(issued(caseId)).isOne();
    }

    @Test
    void theCasePageIssuesTheCodeAndNamesAMissingConsent() throws Exception {
        long caseId = newCase(mvc, users, "kk").id();
        String refused = mvc.perform(post("/cases/" + caseId + "/programme-referrals").with(users.as("caseworker.astana"))
                        .with(csrf()).locale(Locale.forLanguageTag("kk")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"programme-referrals\"",
                "Зардап шеккен адамның бағдарламаға жолдамаға келісімі іске тіркелмеген.");
        assertThat(issued(caseId)).isZero();

        consent(mvc, users, caseId, "PROGRAMME", null, true);
        mvc.perform(post("/cases/" + caseId + "/programme-referrals").with(users.as("caseworker.astana")).with(csrf()))
                .andExpect(redirectedUrl("/cases/" + caseId + "#programme-referrals"));
        String code = jdbc.sql("SELECT code FROM programme_referral WHERE case_id = ?").param(caseId)
                .query(String.class).single();
        String page = mvc.perform(get("/cases/" + caseId).with(users.as("caseworker.astana")).locale(RU))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(code, "Выдан код направления на программу", "Программы");
    }

    @Test
    void codesAreReadableAndNormalised() {
        String code = ProgrammeReferrals.newCode();
        assertThat(code).matches(ProgrammeReferralCodes.FORMAT);
        assertThat(ProgrammeReferralCodes.normalise("pr 7k3mq 9xd2b")).contains("PR-7K3MQ-9XD2B");
        assertThat(ProgrammeReferralCodes.normalise("PR-7K3MQ-9XDOB")).as("O is read as zero").contains("PR-7K3MQ-9XD0B");
        assertThat(ProgrammeReferralCodes.normalise("PR-7K3MQ-9XD2")).isEmpty();
        assertThat(ProgrammeReferralCodes.normalise("PR-7K3MQ-9XD2U")).as("U is not in the alphabet").isEmpty();
    }
}
