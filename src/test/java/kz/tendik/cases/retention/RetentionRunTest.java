package kz.tendik.cases.retention;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import kz.tendik.audit.AuditLog;
import kz.tendik.cases.CaseTestData;
import kz.tendik.cases.casefile.RetentionStep;
import kz.tendik.cases.closure.ClosureSteps;
import kz.tendik.shared.cli.TendikCommand;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

import static kz.tendik.cases.CaseTestData.auditEntries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The purge on real PostgreSQL with a fixed clock: cases closed (then dated back) with text in every free-text column
 * the module has; the text really gone from the tables, the whole record deleted, held cases untouched, audited.
 */
@IntegrationTest
class RetentionRunTest {

    private static final String CASEWORKER = "caseworker.astana";
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CasePurge purge;
    @Autowired
    RetentionSettings settings;
    @Autowired
    AuditLog audit;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    List<TendikCommand> commands;

    private RetentionRun runAt(String instant) {
        return new RetentionRun(jdbc, purge, settings, audit, transactions, Clock.fixed(Instant.parse(instant), ALMATY),
                ALMATY);
    }

    private void send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String body,
                      int expected) throws Exception {
        mvc.perform(request.with(users.as(CASEWORKER)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is(expected));
    }

    /** A case with text in every free-text column, closed, then dated back to {@code closedAt}. */
    private long closedCaseWithText(String closedAt) throws Exception {
        long caseId = CaseTestData.openCase(mvc, users, CASEWORKER);
        String base = "/api/v1/cases/" + caseId;
        send(post(base + "/notes"), "{\"text\": \"Секретная запись о муже\"}", 201);
        send(post(base + "/follow-ups"), "{\"title\": \"Позвонить сестре Айгерим\", \"dueOn\": \"2026-12-20\"}", 201);
        send(put(base + "/safety-plan"), "{\"version\": 0, \"safeContacts\": \"Сестра, +7 701 111 22 33\", \"codeWord\": \"Ромашка\"}", 200);
        send(put(base + "/case-plan"), """
                {"version": 0, "goals": "Уйти от мужа к сестре", "plannedOn": "2026-01-21", "nextReviewOn": "2026-02-21",
                 "survivorAgreed": true, "agreedOn": "2026-01-21",
                 "services": [{"purpose": "SHELTER", "providedBy": "REFERRAL", "targetOn": "2026-01-25"}]}""", 200);
        // the planned service delivered (closure needs every planned service settled; the record purge removes the
        // service before the planned service it names)
        send(post(base + "/services"), """
                {"plannedServiceId": %d, "providedOn": "2026-01-24", "workerId": %d, "note": "Устроена в приют"}"""
                .formatted(count("SELECT id FROM case_plan_service WHERE case_id = ?", caseId),
                        users.user(CASEWORKER).id()), 201);
        send(post(base + "/incidents"), """
                {"incidentDate": "2026-01-10", "reportDate": "2026-01-20", "timeOfDay": "MORNING",
                 "regionCode": "KZ-71", "locationType": "SHARED_HOME",
                 "answers": {"RAPE": false, "SEXUAL_ASSAULT": false, "PHYSICAL_ASSAULT": true},
                 "narrative": "Он ударил её на кухне",
                 "perpetrators": [{"primary": true, "relationship": "SPOUSE", "sex": "MALE", "ageGroup": "AGE_26_40",
                                   "name": "Ерлан Сейітов", "notes": "работает водителем"}]}""", 201);
        ClosureSteps.close(mvc, users, caseId);
        jdbc.sql("UPDATE case_file SET closed_at = ? WHERE id = ?")
                .params(Timestamp.from(Instant.parse(closedAt)), caseId).update();
        return caseId;
    }

    private long count(String sql, long caseId) {
        return jdbc.sql(sql).param(caseId).query(Long.class).single();
    }

    private long textLeft(long caseId) {
        return count("SELECT count(*) FROM case_note WHERE body IS NOT NULL AND case_id = ?", caseId)
                + count("SELECT count(*) FROM follow_up WHERE title IS NOT NULL AND case_id = ?", caseId)
                + count("SELECT count(*) FROM safety_plan WHERE case_id = ?", caseId)
                + count("SELECT count(*) FROM incident WHERE narrative IS NOT NULL AND case_id = ?", caseId)
                + count("""
                        SELECT count(*) FROM perpetrator WHERE details IS NOT NULL
                        AND incident_id IN (SELECT id FROM incident WHERE case_id = ?)""", caseId)
                + count("SELECT count(*) FROM case_closure WHERE note IS NOT NULL AND case_id = ?", caseId)
                + count("SELECT count(*) FROM case_plan WHERE goals IS NOT NULL AND case_id = ?", caseId);
    }

    @Test
    void textIsPurgedAfterItsPeriodTheRecordAfterItsAndHeldCasesAreLeftAlone() throws Exception {
        long textDue = closedCaseWithText("2013-03-01T06:00:00Z");
        long recordDue = closedCaseWithText("2010-03-01T06:00:00Z");
        long held = closedCaseWithText("2010-03-01T06:00:00Z");
        long survivorOfRecord = count("SELECT survivor_id FROM case_file WHERE id = ?", recordDue);
        int version = ClosureSteps.version(mvc, users, "manager.astana", held);
        mvc.perform(put("/api/v1/cases/" + held + "/legal-hold").with(users.as("manager.astana"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\": " + version + ", \"reason\": \"Суд\"}"))
                .andExpect(status().isOk());
        assertThat(textLeft(textDue)).isGreaterThanOrEqualTo(7); // note, task, plans, narrative, details, closure note
        long heldText = textLeft(held);

        RetentionRun.Report report = runAt("2016-06-01T00:00:00Z").run(false, "system:retention");

        assertThat(report.ran()).isTrue();
        assertThat(report.cases()).extracting(RetentionRun.CaseOutcome::caseId, RetentionRun.CaseOutcome::step)
                .contains(org.assertj.core.groups.Tuple.tuple(textDue, RetentionStep.TEXT),
                        org.assertj.core.groups.Tuple.tuple(recordDue, RetentionStep.RECORD))
                .noneMatch(t -> t.toList().get(0).equals(held));
        // the text is gone from the database, the codes and dates stay, and the case still opens
        assertThat(textLeft(textDue)).isZero();
        assertThat(count("SELECT count(*) FROM case_note WHERE case_id = ?", textDue)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM incident WHERE case_id = ? AND gbv_type = 'PHYSICAL_ASSAULT'", textDue))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM case_file WHERE id = ? AND text_purged_at IS NOT NULL", textDue))
                .isEqualTo(1);
        mvc.perform(get("/api/v1/cases/" + textDue + "/notes").with(users.as(CASEWORKER)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].text").doesNotExist());
        mvc.perform(get("/cases/" + textDue).with(users.as(CASEWORKER))).andExpect(status().isOk());
        // the whole record and the survivor of no other case are gone
        assertThat(count("SELECT count(*) FROM case_file WHERE id = ?", recordDue)).isZero();
        assertThat(count("SELECT count(*) FROM case_event WHERE case_id = ?", recordDue)).isZero();
        assertThat(count("SELECT count(*) FROM survivor WHERE id = ?", survivorOfRecord)).isZero();
        // the held case keeps everything
        assertThat(textLeft(held)).isEqualTo(heldText);
        assertThat(count("SELECT count(*) FROM case_note WHERE body IS NOT NULL AND case_id = ?", held)).isEqualTo(1);
        // audited with what, never content
        assertThat(auditEntries(jdbc, "case.purge.text", "case", textDue)).isEqualTo(1);
        assertThat(auditEntries(jdbc, "case.purge.record", "case", recordDue)).isEqualTo(1);
        assertThat(auditEntries(jdbc, "case.purge.text", "case", held) + auditEntries(jdbc, "case.purge.record", "case", held))
                .isZero();
        String purpose = jdbc.sql("SELECT purpose FROM audit_entry WHERE action = 'case.purge.text' AND object_id = ?")
                .param(String.valueOf(textDue)).query(String.class).single();
        assertThat(purpose)
                .contains("case_note.body=1", "incident.narrative=1", "safety_plan.plan=1", "case_plan.goals=1")
                .doesNotContain("Секрет");
        assertThat(jdbc.sql("SELECT actor_name FROM audit_entry WHERE action = 'case.purge.record' AND object_id = ?")
                .param(String.valueOf(recordDue)).query(String.class).single()).isEqualTo("system:retention");

        // the next day nothing more is due for the text-purged case (its record is due in 2018)
        assertThat(runAt("2016-06-02T00:00:00Z").run(false, "system:retention").cases())
                .noneMatch(c -> c.caseId() == textDue);
    }

    @Test
    void theDryRunCommandListsWhatWouldBePurgedAndChangesNothing() throws Exception {
        long caseId = closedCaseWithText("2020-01-10T06:00:00Z");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TendikCommand command = commands.stream().filter(c -> c.name().equals("cases")).findFirst().orElseThrow();

        int exit = command.run(List.of("purge", "--dry-run"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Case " + caseId + ": whole record would be purged (")
                .contains("case_file=1").contains("survivor=1")
                .contains("Dry run:").contains("nothing was changed");
        assertThat(count("SELECT count(*) FROM case_file WHERE id = ?", caseId)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM case_note WHERE body IS NOT NULL AND case_id = ?", caseId)).isEqualTo(1);
        assertThat(auditEntries(jdbc, "case.purge.record", "case", caseId)).isZero();
        assertThat(command.run(List.of("purge", "--now"), new PrintStream(out), new PrintStream(new ByteArrayOutputStream())))
                .isEqualTo(PurgeCommand.USAGE);
    }

    @Test
    void aSurvivorWhoNeverGotACaseIsRemovedOnceTheRecordPeriodHasPassed() throws Exception {
        long[] ids = new long[2];
        for (int i = 0; i < 2; i++) {
            String body = mvc.perform(post("/api/v1/survivors").with(users.as(CASEWORKER))
                            .contentType(MediaType.APPLICATION_JSON).content(CaseTestData.survivorJson(CaseTestData.person())))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            ids[i] = ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.id")).longValue();
        }
        long old = ids[0];
        long recent = ids[1];
        jdbc.sql("UPDATE survivor SET created_at = ? WHERE id = ?")
                .params(Timestamp.from(Instant.parse("2009-05-01T06:00:00Z")), old).update();
        jdbc.sql("UPDATE survivor SET created_at = ? WHERE id = ?")
                .params(Timestamp.from(Instant.parse("2015-05-01T06:00:00Z")), recent).update();

        RetentionRun.Report dry = runAt("2016-06-01T00:00:00Z").run(true, "cli:cases-purge");
        assertThat(dry.survivorsWithoutCase()).isGreaterThanOrEqualTo(1);
        assertThat(count("SELECT count(*) FROM survivor WHERE id = ?", old)).isOne();

        RetentionRun.Report report = runAt("2016-06-01T00:00:00Z").run(false, "system:retention");

        assertThat(report.survivorsWithoutCase()).isGreaterThanOrEqualTo(1);
        assertThat(count("SELECT count(*) FROM survivor WHERE id = ?", old)).isZero();
        assertThat(count("SELECT count(*) FROM survivor_lookup WHERE survivor_id = ?", old)).isZero();
        assertThat(auditEntries(jdbc, "survivor.purge", "survivor", old)).isOne();
        assertThat(count("SELECT count(*) FROM survivor WHERE id = ?", recent)).as("within its period").isOne();
    }
}
