package kz.tendik.cases.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import com.jayway.jsonpath.JsonPath;
import kz.tendik.cases.CaseTestData;
import kz.tendik.cases.closure.ClosureSteps;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The creates that had no {@code Idempotency-Key} (a breach, a programme referral code, a transfer, the closure steps,
 * a break-glass grant) and one that had (a note): a retry with the same key and request gets the first result and
 * stores nothing more; the same key with another request is a 409 naming the header, translated, and stores nothing.
 */
@IntegrationTest
class RetriedCreatesTest {

    private static final ZoneId KZ = ZoneId.of("Asia/Almaty");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    private ResultActions send(String user, String path, String key, String body, String language) throws Exception {
        return mvc.perform(post(path).with(users.as(user)).contentType(MediaType.APPLICATION_JSON).content(body)
                .header("Idempotency-Key", key).locale(Locale.forLanguageTag(language)));
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }

    private static void reusedKey(ResultActions answer, String message) throws Exception {
        answer.andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:tendik:problem:idempotencyKeyReused"))
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"))
                .andExpect(jsonPath("$.errors[0].message").value(message));
    }

    private long newCase() throws Exception {
        return CaseTestData.openCase(mvc, users, "caseworker.astana");
    }

    @Test
    void aRetriedBreachIsRecordedOnceAndTheKeyWithAnotherBreachIsAConflict() throws Exception {
        long caseId = newCase();
        String measure = send("caseworker.astana", "/api/v1/cases/" + caseId + "/protective-measures", "m-" + caseId,
                "{\"type\": \"PROTECTIVE_ORDER\", \"startsAt\": \"" + LocalDate.now(KZ).minusDays(2) + "T09:00\"}", "ru")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long measureId = ((Number) JsonPath.read(measure, "$.id")).longValue();
        String path = "/api/v1/cases/" + caseId + "/protective-measures/" + measureId + "/breaches";
        String breach = "{\"occurredOn\": \"" + LocalDate.now(KZ) + "\", \"note\": \"Пришёл ночью\"}";
        String first = send("caseworker.astana", path, "b-" + caseId, breach, "ru").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        send("caseworker.astana", path, "b-" + caseId, breach, "ru").andExpect(status().isOk())
                .andExpect(header().string("Idempotent-Replayed", "true")).andExpect(content().json(first));
        reusedKey(send("caseworker.astana", path, "b-" + caseId,
                        "{\"occurredOn\": \"" + LocalDate.now(KZ).minusDays(1) + "\"}", "kk"),
                "Бұл Idempotency-Key басқа сұрауға пайдаланылған; жаңа сұрауға жаңа кілт жіберіңіз.");
        assertThat(count("SELECT count(*) FROM measure_breach WHERE measure_id = ?", measureId)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM follow_up WHERE case_id = ? AND kind = 'MEASURE_BREACHED'", caseId))
                .isEqualTo(1);
        // a different key is a different breach
        send("caseworker.astana", path, "b2-" + caseId, breach, "ru").andExpect(status().isCreated());
        assertThat(count("SELECT count(*) FROM measure_breach WHERE measure_id = ?", measureId)).isEqualTo(2);
    }

    @Test
    void aRetriedProgrammeReferralGivesTheSameCode() throws Exception {
        long caseId = newCase();
        send("caseworker.astana", "/api/v1/cases/" + caseId + "/consents", "c-" + caseId,
                "{\"purpose\": \"PROGRAMME\", \"given\": true}", "ru").andExpect(status().isCreated());
        String path = "/api/v1/cases/" + caseId + "/programme-referrals";
        String first = send("caseworker.astana", path, "p-" + caseId, "", "ru").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String again = send("caseworker.astana", path, "p-" + caseId, "", "ru").andExpect(status().isOk())
                .andExpect(header().string("Idempotent-Replayed", "true")).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(again, "$.code")).isEqualTo(JsonPath.read(first, "$.code"));
        assertThat(count("SELECT count(*) FROM programme_referral WHERE case_id = ?", caseId)).isEqualTo(1);
        // the same key on another case is another operation: no conflict, its own code
        long other = newCase();
        send("caseworker.astana", "/api/v1/cases/" + other + "/consents", "c-" + other,
                "{\"purpose\": \"PROGRAMME\", \"given\": true}", "ru").andExpect(status().isCreated());
        send("caseworker.astana", "/api/v1/cases/" + other + "/programme-referrals", "p-" + caseId, "", "ru")
                .andExpect(status().isCreated());
    }

    @Test
    void aRetriedTransferGetsTheTransferMadeAlthoughTheCaseIsGone() throws Exception {
        long caseId = newCase();
        send("caseworker.astana", "/api/v1/cases/" + caseId + "/consents", "c-" + caseId,
                "{\"purpose\": \"TRANSFER\", \"given\": true}", "ru").andExpect(status().isCreated());
        long almaty = jdbc.sql("SELECT min(id) FROM centre WHERE region_code = 'KZ-75'").query(Long.class).single();
        int version = ClosureSteps.version(mvc, users, "caseworker.astana", caseId);
        String path = "/api/v1/cases/" + caseId + "/transfer";
        String body = "{\"centreId\": " + almaty + ", \"version\": " + version + "}";
        String first = send("caseworker.astana", path, "t-" + caseId, body, "ru").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        send("caseworker.astana", path, "t-" + caseId, body, "ru").andExpect(status().isOk())
                .andExpect(header().string("Idempotent-Replayed", "true")).andExpect(content().json(first));
        reusedKey(send("caseworker.astana", path, "t-" + caseId,
                        "{\"centreId\": " + almaty + ", \"version\": " + (version + 1) + "}", "en"),
                "This Idempotency-Key was already used for a different request; send a new key for a new request.");
        // without the key, the sender no longer reaches the case
        mvc.perform(post(path).with(users.as("caseworker.astana")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isNotFound());
        assertThat(count("SELECT count(*) FROM case_transfer WHERE case_id = ?", caseId)).isEqualTo(1);
    }

    @Test
    void retriedClosureStepsAreDoneOnce() throws Exception {
        long caseId = newCase();
        String base = "/api/v1/cases/" + caseId;
        int v = ClosureSteps.version(mvc, users, "caseworker.astana", caseId);
        String request = "{\"version\": " + v + ", " + ClosureSteps.COMPLETE_CHECKLIST + "}";
        String asked = send("caseworker.astana", base + "/closure", "r-" + caseId, request, "ru")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        send("caseworker.astana", base + "/closure", "r-" + caseId, request, "ru").andExpect(status().isOk())
                .andExpect(header().string("Idempotent-Replayed", "true")).andExpect(content().json(asked));
        reusedKey(send("caseworker.astana", base + "/closure", "r-" + caseId,
                        "{\"version\": " + v + ", " + ClosureSteps.COMPLETE_CHECKLIST.replace("NEEDS_MET", "MOVED_AWAY") + "}", "ru"),
                "Этот Idempotency-Key уже использован для другого запроса; для нового запроса нужен новый ключ.");
        assertThat(count("SELECT count(*) FROM case_closure WHERE case_id = ?", caseId)).isEqualTo(1);

        String approve = "{\"version\": " + (v + 1) + "}";
        send("manager.astana", base + "/closure/approve", "a-" + caseId, approve, "ru").andExpect(status().isOk())
                .andExpect(jsonPath("$.closed").value(true));
        send("manager.astana", base + "/closure/approve", "a-" + caseId, approve, "ru").andExpect(status().isOk())
                .andExpect(header().string("Idempotent-Replayed", "true")).andExpect(jsonPath("$.closed").value(true));
        assertThat(count("SELECT count(*) FROM case_event WHERE case_id = ? AND type = 'CLOSURE_APPROVED'", caseId))
                .isEqualTo(1);

        String reopen = "{\"version\": " + (v + 2) + ", \"reason\": \"Вернулась: новый случай\"}";
        send("caseworker.astana", base + "/reopen", "o-" + caseId, reopen, "ru").andExpect(status().isOk())
                .andExpect(jsonPath("$.closed").value(false));
        send("caseworker.astana", base + "/reopen", "o-" + caseId, reopen, "ru").andExpect(status().isOk())
                .andExpect(header().string("Idempotent-Replayed", "true"));
        assertThat(count("SELECT count(*) FROM case_reopening WHERE case_id = ?", caseId)).isEqualTo(1);
    }

    @Test
    void aRetriedBreakGlassGetsTheSameGrant() throws Exception {
        long caseId = CaseTestData.openCase(mvc, users, "caseworker.almaty");
        String path = "/api/v1/cases/" + caseId + "/break-glass";
        String body = "{\"reason\": \"Звонок из полиции ночью\"}";
        String first = send("manager.astana", path, "g-" + caseId, body, "ru").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        send("manager.astana", path, "g-" + caseId, body, "ru").andExpect(status().isOk())
                .andExpect(header().string("Idempotent-Replayed", "true")).andExpect(content().json(first));
        reusedKey(send("manager.astana", path, "g-" + caseId, "{\"reason\": \"Другое\"}", "ru"),
                "Этот Idempotency-Key уже использован для другого запроса; для нового запроса нужен новый ключ.");
        assertThat(count("SELECT count(*) FROM break_glass WHERE case_id = ?", caseId)).isEqualTo(1);
    }

    @Test
    void aKeyOfAnEarlierCreateWithAnotherRequestIsAConflictThere() throws Exception {
        long caseId = newCase();
        String path = "/api/v1/cases/" + caseId + "/notes";
        send("caseworker.astana", path, "n-" + caseId, "{\"text\": \"Первая заметка\"}", "ru")
                .andExpect(status().isCreated());
        send("caseworker.astana", path, "n-" + caseId, "{\"text\": \"Первая заметка\"}", "ru")
                .andExpect(status().isOk());
        reusedKey(send("caseworker.astana", path, "n-" + caseId, "{\"text\": \"Вторая заметка\"}", "en"),
                "This Idempotency-Key was already used for a different request; send a new key for a new request.");
        assertThat(count("SELECT count(*) FROM case_note WHERE case_id = ?", caseId)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM idempotency_key WHERE operation = ? AND request_hash IS NOT NULL")
                .param("note.add:" + caseId).query(Long.class).single()).isEqualTo(1);
    }
}
