package kz.tendik.cases.plan;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import kz.tendik.cases.CaseTestData;
import kz.tendik.cases.PlainTextScan;
import kz.tendik.shared.crypto.EncryptedColumn;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * After a help plan is written, no column of any table holds the survivor's goals in plain text (the new ciphertext
 * column included; the audit log and the event registry too), and key rotation knows the column.
 */
@IntegrationTest
class CasePlanNoPlainTextTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<EncryptedColumn> encryptedColumns;

    @Test
    void noColumnHoldsTheSurvivorsGoalsInPlainText() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Almaty"));
        long caseId = CaseTestData.openCase(mvc, users, "caseworker.astana");
        mvc.perform(put("/api/v1/cases/" + caseId + "/case-plan").with(users.as("caseworker.astana"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"version": 0, "goals": "Тайная цель %1$s: уйти от мужа", "plannedOn": "%2$s",
                                 "nextReviewOn": "%3$s", "survivorAgreed": true, "agreedOn": "%2$s",
                                 "services": [{"purpose": "SHELTER", "providedBy": "REFERRAL", "targetOn": "%2$s"}]}"""
                                .formatted(tag, today, today.plusMonths(1))))
                .andExpect(status().isOk());

        assertThat(PlainTextScan.columns(jdbc)).extracting(c -> c.table() + "." + c.column()).contains("case_plan.goals");
        assertThat(PlainTextScan.findings(jdbc, List.of(tag, "Тайная цель", "уйти от мужа"))).isEmpty();
        // key rotation re-encrypts the column
        assertThat(encryptedColumns).contains(CasePlanColumns.GOALS);
    }
}
