package kz.tendik.programs.cohort;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static kz.tendik.programs.cohort.ProgramsFixture.id;
import static kz.tendik.programs.cohort.ProgramsFixture.string;
import static kz.tendik.programs.cohort.ProgramsFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Outcomes (one per participant and follow-up, BIN checked and encrypted, optimistic locking), mentoring, and
 * certificates: PDF in three languages, public verification of valid, unknown and revoked codes.
 */
@IntegrationTest
class OutcomesMentoringAndCertificatesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    ProgramsFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new ProgramsFixture(mvc, users);
    }

    /** A cohort that ended four months ago, closed, with one participant who completed and one who did not. */
    record Finished(long cohort, long completed, long notCompleted, String completedName, LocalDate endsOn) {
    }

    Finished finished() throws Exception {
        LocalDate start = LocalDate.now().minusMonths(4).minusWeeks(8);
        long cohort = fixture.cohort(fixture.programme(), start);
        String name = "Гүлжан Әлиқызы " + unique();
        long completed = fixture.enrol(cohort, name);
        long other = fixture.enrol(cohort, "Other " + unique());
        for (long session : jdbc.sql("SELECT id FROM cohort_session WHERE cohort_id = ?").param(cohort).query(Long.class).list()) {
            fixture.post("/api/v1/cohorts/" + cohort + "/attendance", "facilitator", """
                    {"sessionId": %d, "rows": [{"enrolmentId": %d, "status": "PRESENT"}, {"enrolmentId": %d, "status": "ABSENT"}]}"""
                    .formatted(session, completed, other)).andExpect(status().isOk());
        }
        fixture.send("PUT", "/api/v1/cohorts/" + cohort + "/enrolments/" + completed + "/modules", "facilitator",
                "{\"modules\": [\"Finance\"]}", null).andExpect(status().isOk());
        fixture.post("/api/v1/cohorts/" + cohort + "/closure", "programmes", "{}").andExpect(status().isOk());
        return new Finished(cohort, completed, other, name, start.plusWeeks(8));
    }

    String outcome(long enrolment, String followUp, LocalDate on, String bin) {
        return """
                {"enrolmentId": %d, "followUp": "%s", "recordedOn": "%s", "businessStarted": true, "bin": %s,
                 "revenueBand": "UP_TO_1M", "jobsCreated": 2, "employment": "SELF_EMPLOYED", "incomeChange": "HIGHER",
                 "fundingSource": "MICROCREDIT", "fundingBand": "FROM_500K_TO_2M"}"""
                .formatted(enrolment, followUp, on, bin == null ? "null" : "\"" + bin + "\"");
    }

    @Test
    void oneOutcomePerFollowUpWithTheBinCheckedEncryptedAndNeverSentBack() throws Exception {
        Finished f = finished();
        String path = "/api/v1/cohorts/" + f.cohort() + "/outcomes";
        mvc.perform(get(path + "/due").with(users.as("facilitator")))
                .andExpect(jsonPath("$[*].followUp").value(containsInAnyOrder("END", "END", "MONTH_3", "MONTH_3")));

        fixture.send("POST", path, "facilitator", outcome(f.completed(), "END", f.endsOn(), "240540012348"), "ru")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("bin"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Неверный регистрационный номер: 12 цифр, последняя из них контрольная."));
        assertThat(count(f.cohort())).as("nothing half-stored").isZero();

        long id = id(fixture.post(path, "facilitator", outcome(f.completed(), "END", f.endsOn(), "240540012347"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.registered").value(true))
                .andExpect(jsonPath("$.binEnding").value("2347")).andExpect(jsonPath("$.bin").doesNotExist()), "$.id");
        byte[] stored = jdbc.sql("SELECT bin FROM outcome WHERE id = ?").param(id).query(byte[].class).single();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("240540012347");

        fixture.send("POST", path, "facilitator", outcome(f.completed(), "END", f.endsOn(), null), "kk")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("followUp"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Бұл қатысушының осы мерзімдегі нәтижесі жазылған: сол жазбаны өзгертіңіз."));
        fixture.send("POST", path, "facilitator", outcome(f.completed(), "MONTH_12", LocalDate.now(), null), "en")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("recordedOn"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("This follow-up is due from")));
        fixture.send("POST", path, "facilitator", """
                        {"enrolmentId": %d, "followUp": "MONTH_3", "recordedOn": "%s", "businessStarted": false,
                         "bin": "240540012347", "jobsCreated": -1, "employment": "RETIRED", "fundingSource": "NONE",
                         "fundingBand": "OVER_5M"}""".formatted(f.notCompleted(), LocalDate.now().plusDays(1)), "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("recordedOn", "bin", "jobsCreated",
                        "employment", "incomeChange", "fundingBand")));
        assertThat(count(f.cohort())).isEqualTo(1);

        String change = outcome(f.completed(), "END", f.endsOn(), null).replace("\"jobsCreated\": 2", "\"jobsCreated\": 3")
                .replace("}", ", \"version\": %d}");
        fixture.send("PUT", path + "/" + id, "facilitator", change.formatted(0), null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.jobsCreated").value(3))
                .andExpect(jsonPath("$.registered").value(false)).andExpect(jsonPath("$.version").value(1));
        fixture.send("PUT", path + "/" + id, "facilitator", change.formatted(0), "en")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.currentVersion").value(1));
        mvc.perform(get(path + "/due").with(users.as("programmes")))
                .andExpect(jsonPath("$[*].followUp").value(containsInAnyOrder("END", "MONTH_3", "MONTH_3")));
    }

    @Test
    void theFastOutcomeFormRecordsAndNamesTheWrongFieldsInThePage() throws Exception {
        Finished f = finished();
        mvc.perform(get("/cohorts/" + f.cohort() + "/outcomes").with(users.as("facilitator")).header("Accept-Language", "kk"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Нәтижесін білетін уақыт келді")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/cohorts/" + f.cohort() + "/outcomes")
                        .with(users.as("facilitator"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .header("Accept-Language", "en").param("enrolmentId", String.valueOf(f.completed()))
                        .param("followUp", "MONTH_3").param("recordedOn", LocalDate.now().toString())
                        .param("businessStarted", "true").param("bin", "123").param("revenueBand", "NONE")
                        .param("jobsCreated", "0").param("employment", "EMPLOYED").param("incomeChange", "SAME")
                        .param("fundingSource", "NONE"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Not a valid registration number")));
        assertThat(count(f.cohort())).isZero();
    }

    @Test
    void aFacilitatorSeesOnlyTheirCohortsOutcomesAndNobodyOutsideProgrammesDoes() throws Exception {
        long shymkent = jdbc.sql("SELECT id FROM cohort WHERE name = 'Shymkent sewing 1'").query(Long.class).single();
        mvc.perform(get("/api/v1/cohorts/" + shymkent + "/outcomes").with(users.as("facilitator")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cohorts/" + shymkent + "/outcomes").with(users.as("facilitator"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cohorts/" + shymkent + "/outcomes").with(users.as("programmes")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(12));
        mvc.perform(get("/api/v1/cohorts/" + shymkent + "/outcomes").with(users.as("caseworker.astana")))
                .andExpect(status().isForbidden());
    }

    @Test
    void mentorsAndMeetingsAreRecordedWithinTheCohortsDatesAndShownOnTheParticipantsPage() throws Exception {
        Finished f = finished();
        String base = "/api/v1/cohorts/" + f.cohort() + "/enrolments/" + f.completed();
        fixture.post(base + "/meetings", "facilitator",
                "{\"metOn\": \"%s\", \"topic\": \"Plan\", \"minutes\": 60}".formatted(f.endsOn()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("enrolmentId"));
        fixture.send("PUT", base + "/mentor", "facilitator", "{\"name\": \"Сәуле Омарова\", \"organisation\": \"Atameken\"}", null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.mentorName").value("Сәуле Омарова"));
        fixture.send("POST", base + "/meetings", "facilitator",
                        "{\"metOn\": \"%s\", \"topic\": \"\", \"minutes\": 1000}".formatted(f.endsOn().minusYears(1)), "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("metOn", "topic", "minutes")));
        fixture.post(base + "/meetings", "facilitator",
                        "{\"metOn\": \"%s\", \"topic\": \"Business plan\", \"minutes\": 90}".formatted(f.endsOn()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.meetings[0].minutes").value(90));
        mvc.perform(get("/cohorts/" + f.cohort() + "/enrolments/" + f.completed()).with(users.as("facilitator"))
                        .header("Accept-Language", "ru"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Сәуле Омарова")))
                .andExpect(content().string(containsString("Встреч: 1, всего 90 мин.")));
    }

    /**
     * A cohort closed early, at 01:30 on 11 April in Almaty (20:30 UTC on the 10th): the certificate's completion
     * date is the 11th, the day in Kazakhstan, whatever the JVM's default zone (here set to UTC for the test).
     */
    @Test
    void theCompletionDateIsTheDayOfClosingInKazakhstan() throws Exception {
        long cohort = fixture.cohort(fixture.programme(), LocalDate.of(2026, 3, 2));
        long enrolment = fixture.enrol(cohort, "Меруерт " + unique());
        for (long session : jdbc.sql("SELECT id FROM cohort_session WHERE cohort_id = ?").param(cohort).query(Long.class).list()) {
            fixture.post("/api/v1/cohorts/" + cohort + "/attendance", "facilitator", """
                    {"sessionId": %d, "rows": [{"enrolmentId": %d, "status": "PRESENT"}]}"""
                    .formatted(session, enrolment)).andExpect(status().isOk());
        }
        fixture.send("PUT", "/api/v1/cohorts/" + cohort + "/enrolments/" + enrolment + "/modules", "facilitator",
                "{\"modules\": [\"Finance\"]}", null).andExpect(status().isOk());
        fixture.post("/api/v1/cohorts/" + cohort + "/closure", "programmes", "{}").andExpect(status().isOk());
        jdbc.sql("UPDATE cohort SET closed_at = ? WHERE id = ?")
                .params(java.sql.Timestamp.from(java.time.Instant.parse("2026-04-10T20:30:00Z")), cohort).update();
        java.util.TimeZone before = java.util.TimeZone.getDefault();
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("UTC"));
        try {
            fixture.post("/api/v1/cohorts/" + cohort + "/certificates", "programmes",
                            "{\"enrolmentId\": %d, \"language\": \"ru\"}".formatted(enrolment))
                    .andExpect(status().isCreated()).andExpect(jsonPath("$.completedOn").value("2026-04-11"));
        } finally {
            java.util.TimeZone.setDefault(before);
        }
    }

    @Test
    void aCertificateIsPrintedInEachLanguageAndVerifiedPubliclyUntilRevoked() throws Exception {
        Finished f = finished();
        String base = "/api/v1/cohorts/" + f.cohort() + "/certificates";
        fixture.post(base, "programmes", "{\"enrolmentId\": %d, \"language\": \"kk\"}".formatted(f.notCompleted()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("enrolmentId"));
        fixture.post(base, "facilitator", "{\"enrolmentId\": %d, \"language\": \"kk\"}".formatted(f.completed()))
                .andExpect(status().isForbidden());
        String programmeEn = jdbc.sql("SELECT p.name_en FROM programme p JOIN cohort c ON c.programme_id = p.id WHERE c.id = ?")
                .param(f.cohort()).query(String.class).single();
        Map<String, List<String>> expected = Map.of(
                "kk", List.of("Сертификат", "Осы сертификаттың иесі", "Кәсіпкерлік"),
                "ru", List.of("Сертификат", "Настоящим подтверждается, что", "Предпринимательство"),
                "en", List.of("Certificate", "This is to certify that", programmeEn));
        String lastCode = null;
        long lastId = 0;
        for (String language : List.of("kk", "ru", "en")) {
            if (lastCode != null) {
                fixture.post(base + "/" + lastId + "/revocation", "programmes", "{}").andExpect(status().isOk())
                        .andExpect(jsonPath("$.revokedAt").isNotEmpty());
            }
            var issued = fixture.post(base, "programmes",
                    "{\"enrolmentId\": %d, \"language\": \"%s\"}".formatted(f.completed(), language))
                    .andExpect(status().isCreated());
            lastCode = string(issued, "$.code");
            lastId = id(issued, "$.id");
            assertThat(lastCode).matches("[A-Z2-7]{4}(-[A-Z2-7]{4}){3}");
            byte[] pdf = mvc.perform(get(base + "/" + lastId + "/pdf").with(users.as("facilitator")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document);
                assertThat(text).contains(f.completedName()).contains(lastCode).contains("/certificates/" + lastCode);
                expected.get(language).forEach(s -> assertThat(text).as(language).contains(s));
                assertThat(text).doesNotContain("+7 701");
                assertThat(document.getDocumentInformation().getTitle()).doesNotContain(f.completedName());
            }
        }
        fixture.post(base, "programmes", "{\"enrolmentId\": %d, \"language\": \"en\"}".formatted(f.completed()))
                .andExpect(status().isBadRequest());

        // anonymous: the API and the page
        mvc.perform(get("/api/v1/certificates/" + lastCode.toLowerCase()).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("VALID"))
                .andExpect(jsonPath("$.participantName").value(f.completedName()))
                .andExpect(jsonPath("$.programme").value(programmeEn))
                .andExpect(jsonPath("$.contact").doesNotExist()).andExpect(jsonPath("$.birthYear").doesNotExist());
        mvc.perform(get("/certificates/" + lastCode).header("Accept-Language", "kk"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Сертификат жарамды.")))
                .andExpect(content().string(containsString(f.completedName())))
                .andExpect(content().string(not(containsString("+7 701"))));
        mvc.perform(get("/api/v1/certificates/AAAA-BBBB-CCCC-DDDD")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/certificates/not-a-code")).andExpect(status().isNotFound());
        mvc.perform(get("/certificates/AAAA-BBBB-CCCC-DDDD").header("Accept-Language", "ru"))
                .andExpect(status().isNotFound()).andExpect(content().string(containsString("Сертификата с таким кодом нет.")));

        fixture.post(base + "/" + lastId + "/revocation", "programmes", "{}").andExpect(status().isOk());
        mvc.perform(get("/api/v1/certificates/" + lastCode)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REVOKED"));
        mvc.perform(get("/certificates/" + lastCode).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("This certificate has been revoked")));
        mvc.perform(get(base + "/" + lastId + "/pdf").with(users.as("facilitator"))).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT count(*) FROM certificate WHERE code_hash = ?")
                .param(VerificationCode.hash(lastCode.replace("-", ""))).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theDemoHasTwoFinishedCohortsWithOutcomesAtTheEndAndAfterThreeMonthsAndCertificatesForCompleters() {
        for (String name : List.of("AWE Almaty 1", "Shymkent sewing 1")) {
            long cohort = jdbc.sql("SELECT id FROM cohort WHERE name = ? AND closed_at IS NOT NULL").param(name)
                    .query(Long.class).single();
            long holding = jdbc.sql("SELECT count(*) FROM enrolment WHERE cohort_id = ? AND status IN ('ENROLLED', 'COMPLETED')")
                    .param(cohort).query(Long.class).single();
            long completed = jdbc.sql("SELECT count(*) FROM enrolment WHERE cohort_id = ? AND status = 'COMPLETED'")
                    .param(cohort).query(Long.class).single();
            assertThat(jdbc.sql("""
                    SELECT count(*) FROM outcome o JOIN enrolment e ON e.id = o.enrolment_id
                    WHERE e.cohort_id = ? AND o.follow_up IN ('END', 'MONTH_3')""").param(cohort).query(Long.class).single())
                    .isEqualTo(2 * holding);
            assertThat(jdbc.sql("""
                    SELECT count(*) FROM certificate c JOIN enrolment e ON e.id = c.enrolment_id
                    WHERE e.cohort_id = ? AND c.revoked_at IS NULL AND e.status = 'COMPLETED'""").param(cohort)
                    .query(Long.class).single()).isEqualTo(completed);
        }
        assertThat(jdbc.sql("""
                SELECT count(*) FROM enrolment e JOIN cohort c ON c.id = e.cohort_id
                WHERE c.name = 'Shymkent sewing 1' AND e.status = 'COMPLETED'""").query(Long.class).single()).isEqualTo(4);
    }

    private long count(long cohort) {
        return jdbc.sql("SELECT count(*) FROM outcome o JOIN enrolment e ON e.id = o.enrolment_id WHERE e.cohort_id = ?")
                .param(cohort).query(Long.class).single();
    }
}
