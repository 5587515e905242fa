package kz.tendik.cases.task;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;
import kz.tendik.cases.CaseTestData;
import kz.tendik.cases.risk.RiskInstruments;
import kz.tendik.cases.safety.MeasureExpiryWarnings;
import kz.tendik.cases.support.CaseColumns;
import kz.tendik.shared.crypto.FieldCipher;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The tasks the system puts on a case are stored as a kind and values, without a title, and titled in the reader's
 * language on the case page and in the API (which gives the kind too); a typed task stays as typed. Migration
 * V20261201_0596 turns the titles stored before (Russian, or Kazakh or English) into kinds and leaves the rest.
 */
@IntegrationTest
class SystemTaskTitlesTest {

    private static final ZoneId KZ = ZoneId.of("Asia/Almaty");
    private static final Locale KK = Locale.forLanguageTag("kk");
    private static final Locale RU = Locale.forLanguageTag("ru");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RiskInstruments instruments;
    @Autowired
    MeasureExpiryWarnings warnings;
    @Autowired
    FieldCipher cipher;
    @Autowired
    DataSource dataSource;
    @Autowired
    TaskKindsOfStoredTitles migration;

    private String created(String path, String json) throws Exception {
        return mvc.perform(post(path).with(users.as("caseworker.astana")).contentType(MediaType.APPLICATION_JSON)
                .content(json)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    private String tasks(long caseId, Locale locale) throws Exception {
        return mvc.perform(get("/api/v1/cases/" + caseId + "/follow-ups").with(users.as("caseworker.astana"))
                .locale(locale)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String titleOf(String tasks, String kind) {
        List<String> titles = JsonPath.read(tasks, "$[?(@.kind == '" + kind + "')].title");
        assertThat(titles).as(kind).hasSize(1);
        return titles.get(0);
    }

    @Test
    void theSystemsTasksAreTitledInTheReadersLanguageAndATypedOneAsTyped() throws Exception {
        long caseId = CaseTestData.openCase(mvc, users, "caseworker.astana");
        String base = "/api/v1/cases/" + caseId;
        String answers = instruments.standard().questions().stream().map(q -> "\"" + q.code() + "\": \"YES\"")
                .collect(Collectors.joining(", "));
        created(base + "/risk-assessments", "{\"answers\": {" + answers + "}}");
        LocalDate today = LocalDate.now(KZ);
        long measure = ((Number) JsonPath.read(created(base + "/protective-measures",
                "{\"type\": \"PROTECTIVE_ORDER\", \"startsAt\": \"" + today.minusDays(27) + "T09:00\"}"), "$.id")).longValue();
        created(base + "/protective-measures/" + measure + "/breaches", "{\"occurredOn\": \"" + today + "\"}");
        warnings.run();
        created(base + "/follow-ups", "{\"title\": \"Позвонить сестре\", \"dueOn\": \"" + today.plusDays(3) + "\"}");
        String expires = jdbc.sql("SELECT expires_at::date::text FROM protective_measure WHERE id = ?").param(measure)
                .query(String.class).single();

        String kk = tasks(caseId, KK);
        assertThat(titleOf(kk, "MULTI_AGENCY_REFERRAL")).isEqualTo("Қауіп жоғары: істі әкімдіктің ведомствоаралық тобына жіберу");
        assertThat(titleOf(kk, "MEASURE_BREACHED")).isEqualTo("Шара бұзылды (Қорғау нұсқамасы), " + today
                + ": зардап шеккен адамның қауіпсіздігін тексеріп, полицияға хабарлау");
        assertThat(titleOf(kk, "MEASURE_EXPIRING")).startsWith("Қорғау нұсқамасы мерзімі " + expires + " аяқталады");
        String ru = tasks(caseId, RU);
        assertThat(titleOf(ru, "MULTI_AGENCY_REFERRAL")).isEqualTo("Высокий риск: направить дело в межведомственную группу акимата");
        assertThat(titleOf(ru, "MEASURE_BREACHED")).startsWith("Нарушение меры (Защитное предписание) " + today);
        assertThat(titleOf(ru, "MEASURE_EXPIRING")).startsWith("Защитное предписание истекает " + expires);
        String en = tasks(caseId, Locale.ENGLISH);
        assertThat(titleOf(en, "MULTI_AGENCY_REFERRAL")).isEqualTo("High risk: refer the case to the akimat's multi-agency group");
        assertThat(titleOf(en, "MEASURE_BREACHED")).isEqualTo("Breach of a measure (Protective order) on " + today
                + ": check the survivor's safety and inform the police");
        assertThat(titleOf(en, "MEASURE_EXPIRING")).startsWith("Protective order expires on " + expires);
        for (String answer : List.of(kk, ru, en)) { // the typed task as typed, without a kind
            assertThat(JsonPath.<List<Object>>read(answer, "$[?(@.title == 'Позвонить сестре')]")).hasSize(1);
            assertThat(JsonPath.<List<String>>read(answer, "$[*].kind")).hasSize(3);
        }
        // stored without a title: nothing of any language in the row
        assertThat(jdbc.sql("SELECT count(*) FROM follow_up WHERE case_id = ? AND kind IS NOT NULL AND title IS NULL")
                .param(caseId).query(Long.class).single()).isEqualTo(3);

        for (Locale locale : List.of(KK, RU, Locale.ENGLISH)) {
            mvc.perform(get("/cases/" + caseId).with(users.as("caseworker.astana")).locale(locale))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(titleOf(tasks(caseId, locale), "MULTI_AGENCY_REFERRAL")
                            .replace("'", "&#39;"))))
                    .andExpect(content().string(containsString("Позвонить сестре")));
        }
        mvc.perform(get("/cases/" + caseId).with(users.as("caseworker.astana")).locale(KK))
                .andExpect(content().string(not(containsString("Высокий риск"))));
    }

    @Test
    void theMigrationTurnsTheStoredSystemTitlesIntoKindsAndLeavesTypedOnes() throws Exception {
        long caseId = CaseTestData.openCase(mvc, users, "caseworker.astana");
        long worker = users.user("caseworker.astana").id();
        long multiAgency = stored(caseId, worker, "Высокий риск: направить дело в межведомственную группу акимата");
        long breach = stored(caseId, worker,
                "Нарушение меры (Защитное предписание) 2026-11-20: проверить безопасность пострадавшего и сообщить в полицию");
        long expiringKk = stored(caseId, worker, "Әкімшілік ұстау мерзімі 2026-12-03 аяқталады: зардап шеккен адаммен"
                + " әрі қарай қалай қорғайтынын шешу");
        long expiringEn = stored(caseId, worker,
                "Protective order expires on 2026-12-24: decide with the survivor what protects her or him next");
        long typed = stored(caseId, worker, "Высокий риск: обсудить с супервизором");
        long unknownMeasure = stored(caseId, worker,
                "Нарушение меры (Домашний арест) 2026-11-20: проверить безопасность пострадавшего и сообщить в полицию");
        long unreadable = jdbc.sql("""
                INSERT INTO follow_up (case_id, title, due_on, created_by, created_at)
                VALUES (?, ?, DATE '2026-12-01', ?, now()) RETURNING id""")
                .params(caseId, new byte[] {1, 2, 3, 4, 5, 6, 7}, worker).query(Long.class).single();

        int changed;
        try (Connection connection = dataSource.getConnection()) {
            changed = migration.migrate(connection);
        }
        assertThat(changed).isGreaterThanOrEqualTo(4);
        assertThat(kindOf(multiAgency)).isEqualTo("MULTI_AGENCY_REFERRAL []");
        assertThat(kindOf(breach)).isEqualTo("MEASURE_BREACHED [PROTECTIVE_ORDER, 2026-11-20]");
        assertThat(kindOf(expiringKk)).isEqualTo("MEASURE_EXPIRING [ADMINISTRATIVE_DETENTION, 2026-12-03]");
        assertThat(kindOf(expiringEn)).isEqualTo("MEASURE_EXPIRING [PROTECTIVE_ORDER, 2026-12-24]");
        for (long id : List.of(typed, unknownMeasure, unreadable)) {
            assertThat(kindOf(id)).as("task %d", id).isEqualTo("typed");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM follow_up WHERE id IN (?, ?) AND title IS NULL")
                .params(multiAgency, breach).query(Long.class).single()).isEqualTo(2);
        jdbc.sql("DELETE FROM follow_up WHERE id = ?").param(unreadable).update(); // the case page could not show it
        mvc.perform(get("/api/v1/cases/" + caseId + "/follow-ups").with(users.as("caseworker.astana")).locale(KK))
                .andExpect(jsonPath("$[?(@.id == " + breach + ")].title").value(hasItem(
                        "Шара бұзылды (Қорғау нұсқамасы), 2026-11-20: зардап шеккен адамның қауіпсіздігін тексеріп,"
                                + " полицияға хабарлау")))
                .andExpect(jsonPath("$[?(@.id == " + typed + ")].title").value(hasItem("Высокий риск: обсудить с супервизором")));
        assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE version = '20261201.0596' AND success")
                .query(Long.class).single()).as("run by Flyway at start-up").isEqualTo(1);
        // guarded: once more, nothing is left to change
        try (Connection connection = dataSource.getConnection()) {
            assertThat(migration.migrate(connection)).isZero();
        }
    }

    private long stored(long caseId, long worker, String title) {
        long id = jdbc.sql("SELECT nextval(pg_get_serial_sequence('follow_up', 'id'))").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO follow_up (id, case_id, title, due_on, assigned_to, created_by, created_at)
                VALUES (?, ?, ?, DATE '2026-12-01', ?, ?, now())""")
                .params(id, caseId, cipher.encrypt(title, CaseColumns.FOLLOW_UP_TITLE.associatedData(id)), worker, worker)
                .update();
        return id;
    }

    private String kindOf(long id) {
        return jdbc.sql("SELECT kind, arguments FROM follow_up WHERE id = ?").param(id)
                .query((rs, n) -> rs.getString(1) == null ? "typed"
                        : rs.getString(1) + " " + List.of((String[]) rs.getArray(2).getArray()))
                .single();
    }
}
