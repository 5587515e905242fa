package kz.tendik.cases.export;

import java.io.ByteArrayInputStream;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.jayway.jsonpath.JsonPath;
import kz.tendik.cases.CaseTestData;
import kz.tendik.cases.CaseTestData.Person;
import kz.tendik.cases.registry.SurvivorStore;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The case summary PDF (court and survivor versions, kk/ru/en, text extracted with PDFBox) and the Incident Recorder
 * workbook (read back with fastexcel-reader): what each holds, what it never holds, reach and audit.
 */
@IntegrationTest
class CaseExportTest {

    private static final ZoneId KZ = ZoneId.of("Asia/Almaty");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MessageSource messages;

    private Person person;
    private long caseId;
    private long incidentId;
    private String narrative;
    private String perpetratorName;
    private String note;
    private String breachNote;
    private String goals;

    @BeforeEach
    void aCaseWithAnIncidentANoteAndAMeasure() throws Exception {
        person = CaseTestData.person();
        String tag = Long.toString(System.nanoTime(), 36);
        narrative = "Рассказ пострадавшей " + tag;
        perpetratorName = "Ерлан Обидчиков " + tag;
        note = "Внутренняя заметка " + tag;
        breachNote = "Пришёл к дому " + tag;
        goals = "Уехать к сестре " + tag;
        caseId = CaseTestData.openCase(mvc, users, "caseworker.astana", person);
        LocalDate today = LocalDate.now(KZ);
        String incident = send(post("/api/v1/cases/" + caseId + "/incidents"), """
                {"incidentDate": "%s", "reportDate": "%s", "timeOfDay": "EVENING_OR_NIGHT", "regionCode": "KZ-71",
                 "district": "Есіл", "locationType": "SHARED_HOME", "narrative": "%s",
                 "answers": {"RAPE": false, "SEXUAL_ASSAULT": false, "PHYSICAL_ASSAULT": true},
                 "perpetrators": [{"primary": true, "relationship": "SPOUSE", "sex": "MALE", "ageGroup": "AGE_26_40",
                                   "name": "%s"}]}""".formatted(today.minusDays(10), today.minusDays(2), narrative,
                perpetratorName));
        incidentId = ((Number) JsonPath.read(incident, "$.id")).longValue();
        send(post("/api/v1/cases/" + caseId + "/notes"), "{\"text\": \"" + note + "\"}");
        String measure = send(post("/api/v1/cases/" + caseId + "/protective-measures"), """
                {"type": "PROTECTIVE_ORDER", "startsAt": "%sT09:00"}""".formatted(today.minusDays(3)));
        long measureId = ((Number) JsonPath.read(measure, "$.id")).longValue();
        send(post("/api/v1/cases/" + caseId + "/protective-measures/" + measureId + "/breaches"), """
                {"occurredOn": "%s", "note": "%s"}""".formatted(today.minusDays(1), breachNote));
        mvc.perform(put("/api/v1/cases/" + caseId + "/case-plan").with(users.as("caseworker.astana"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"version": 0, "goals": "%s", "plannedOn": "%s", "nextReviewOn": "%s", "survivorAgreed": false,
                         "services": [{"purpose": "EMPLOYMENT", "providedBy": "REFERRAL", "targetOn": "%s"}]}"""
                        .formatted(goals, today, today.plusMonths(1), today.plusDays(20))))
                .andExpect(status().isOk());
    }

    @Test
    void theCourtVersionHasIdentityIncidentsMeasuresBreachesAndNotesInEachLanguage() throws Exception {
        for (String language : List.of("kk", "ru", "en")) {
            String text = pdfText("COURT", language, "caseworker.astana");
            Locale locale = Locale.forLanguageTag(language);
            assertThat(text).contains(messages.getMessage("cases.summary.title", null, locale),
                    messages.getMessage("cases.summary.incidents", null, locale),
                    messages.getMessage("cases.measure.type.PROTECTIVE_ORDER", null, locale),
                    messages.getMessage("cases.summary.notes", null, locale),
                    person.name(), person.iin(), narrative, note, breachNote);
            assertThat(text).doesNotContain(person.address()).doesNotContain(person.phone());
        }
        assertThat(CaseTestData.auditEntries(jdbc, "case.summary", "case", caseId)).isEqualTo(3);
        assertThat(jdbc.sql("SELECT purpose FROM audit_entry WHERE action = 'case.summary' AND object_id = ? ORDER BY id")
                .param(String.valueOf(caseId)).query(String.class).list())
                .containsExactly("audience:COURT;lang:kk", "audience:COURT;lang:ru", "audience:COURT;lang:en");
    }

    @Test
    void theSurvivorsVersionLeavesOutTheIinNotesAccountsAndBreachNotes() throws Exception {
        for (String language : List.of("kk", "ru", "en")) {
            String text = pdfText("SURVIVOR", language, "caseworker.astana");
            Locale locale = Locale.forLanguageTag(language);
            assertThat(text).contains(person.name(),
                    messages.getMessage("cases.summary.audience.SURVIVOR", null, locale),
                    messages.getMessage("cases.summary.casePlan", null, locale),
                    messages.getMessage("cases.referralPurpose.EMPLOYMENT", null, locale));
            assertThat(text).doesNotContain(goals).doesNotContain(person.iin()).doesNotContain(note)
                    .doesNotContain(narrative).doesNotContain(breachNote).doesNotContain(perpetratorName).doesNotContain(person.address());
        }
    }

    @Test
    void theHelpPlanIsShownAsAgreedWithEachServicesDeliveriesInEachLanguage() throws Exception {
        LocalDate today = LocalDate.now(KZ);
        LocalDate agreed = today.minusDays(5);
        String plan = mvc.perform(put("/api/v1/cases/" + caseId + "/case-plan").with(users.as("caseworker.astana"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"version": 1, "goals": "%s", "plannedOn": "%s", "nextReviewOn": "%s", "survivorAgreed": true,
                         "agreedOn": "%s",
                         "services": [{"purpose": "PSYCHOLOGICAL", "providedBy": "CENTRE", "targetOn": "%s"},
                                      {"purpose": "EMPLOYMENT", "providedBy": "REFERRAL", "targetOn": "%s"}]}"""
                        .formatted(goals, agreed, today.plusMonths(1), agreed, today.plusDays(7), today.plusDays(20))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long psychological = ((Number) JsonPath.read(plan, "$.services[0].id")).longValue();
        long worker = users.user("caseworker.astana").id();
        for (LocalDate on : List.of(today.minusDays(3), today.minusDays(1))) {
            send(post("/api/v1/cases/" + caseId + "/services"), """
                    {"plannedServiceId": %d, "providedOn": "%s", "workerId": %d}""".formatted(psychological, on, worker));
        }

        for (String language : List.of("kk", "ru", "en")) {
            Locale locale = Locale.forLanguageTag(language);
            String text = pdfText("SURVIVOR", language, "caseworker.astana");
            String delivered = messages.getMessage("cases.summary.plannedServiceDelivered", new Object[] {
                    msg("cases.referralPurpose.PSYCHOLOGICAL", locale), msg("cases.casePlan.providedBy.CENTRE", locale),
                    longDate(today.plusDays(7), locale), 2, longDate(today.minusDays(1), locale)}, locale);
            String waiting = messages.getMessage("cases.summary.plannedServiceNotDelivered", new Object[] {
                    msg("cases.referralPurpose.EMPLOYMENT", locale), msg("cases.casePlan.providedBy.REFERRAL", locale),
                    longDate(today.plusDays(20), locale)}, locale);
            assertThat(text).contains(msg("cases.summary.casePlan", locale), delivered, waiting,
                    messages.getMessage("cases.casePlan.agreed", new Object[] {longDate(agreed, locale)}, locale),
                    messages.getMessage("cases.casePlan.deliveredCount", new Object[] {1, 2}, locale));
            assertThat(text).doesNotContain(goals);
            assertThat(pdfText("COURT", language, "caseworker.astana")).contains(delivered, waiting);
        }
        // the wording itself, as a reader of each language sees it
        assertThat(pdfText("SURVIVOR", "en", "caseworker.astana")).contains("delivered 2 times, most recently on",
                "not delivered yet", "1 of 2 planned services delivered");
        assertThat(pdfText("SURVIVOR", "ru", "caseworker.astana")).contains("оказано услуг: 2, последняя —",
                "пока не оказана", "Оказано 1 из 2 запланированных услуг");
        assertThat(pdfText("SURVIVOR", "kk", "caseworker.astana")).contains("2 рет көрсетілді, соңғысы —",
                "әлі көрсетілген жоқ");
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static String longDate(LocalDate date, Locale locale) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(locale)
                .format(date);
    }

    @Test
    void aSummaryOutsideTheReachIs404AndBadParametersAre422NamingEachField() throws Exception {
        mvc.perform(get("/api/v1/cases/" + caseId + "/summary").param("audience", "COURT").param("language", "ru")
                .with(users.as("caseworker.almaty"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/" + caseId + "/summary").param("language", "de")
                        .with(users.as("caseworker.astana")).locale(Locale.forLanguageTag("kk")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("audience", "language")));
        mvc.perform(get("/cases/" + caseId + "/summary").param("audience", "SURVIVOR").param("language", "kk")
                        .with(users.as("supervisor.astana")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Cache-Control", "no-store"));
    }

    @Test
    void theIncidentRecorderHasTranslatedHeadersCodesAndNeverAName() throws Exception {
        LocalDate today = LocalDate.now(KZ);
        for (String language : List.of("kk", "ru", "en")) {
            List<List<String>> rows = workbook("caseworker.astana", language, today.minusDays(5), today);
            Locale locale = Locale.forLanguageTag(language);
            assertThat(rows.get(0)).startsWith(messages.getMessage("cases.ir.incidentId", null, locale),
                    messages.getMessage("cases.ir.survivorCode", null, locale));
            List<String> ours = rows.stream().filter(r -> r.get(0).equals(String.valueOf(incidentId))).findFirst()
                    .orElseThrow();
            long survivorId = jdbc.sql("SELECT survivor_id FROM case_file WHERE id = ?").param(caseId)
                    .query(Long.class).single();
            assertThat(ours.get(1)).isEqualTo("S%06d".formatted(survivorId));
            assertThat(ours).contains(messages.getMessage("cases.gbvType.PHYSICAL_ASSAULT", null, locale), "Есіл");
            for (List<String> row : rows) {
                for (String cell : row) {
                    assertThat(cell).doesNotContain(person.name()).doesNotContain(person.iin())
                            .doesNotContain(narrative).doesNotContain(perpetratorName).doesNotContain(note)
                            .doesNotContain(breachNote).doesNotContain(person.address())
                            .doesNotContain(person.phone().replaceAll("\\D", ""));
                }
            }
        }
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'incident.export' AND purpose LIKE ?")
                .param("incident-recorder;lang:kk;basis:REPORT;from:" + today.minusDays(5) + "%").query(Long.class)
                .single()).isPositive();
    }

    @Test
    void theIncidentRecorderHasTheSurvivorsMaritalDisplacementAndDisabilityStatusAfterHerSex() throws Exception {
        LocalDate today = LocalDate.now(KZ);
        for (String language : List.of("kk", "ru", "en")) {
            Locale locale = Locale.forLanguageTag(language);
            List<List<String>> rows = workbook("caseworker.astana", language, today.minusDays(5), today);
            assertThat(rows.get(0).subList(7, 11)).containsExactly(
                    messages.getMessage("cases.ir.sex", null, locale),
                    messages.getMessage("cases.ir.maritalStatus", null, locale),
                    messages.getMessage("cases.ir.displacementStatus", null, locale),
                    messages.getMessage("cases.ir.disability", null, locale));
            List<String> ours = rows.stream().filter(r -> r.get(0).equals(String.valueOf(incidentId))).findFirst()
                    .orElseThrow();
            assertThat(ours.subList(8, 11)).containsExactly(
                    messages.getMessage("cases.maritalStatus.DIVORCED_OR_SEPARATED", null, locale),
                    messages.getMessage("cases.displacementStatus.KANDAS", null, locale),
                    messages.getMessage("cases.summary.yes", null, locale));
            assertThat(rows).allSatisfy(row -> assertThat(row).allSatisfy(cell -> assertThat(cell)
                    .doesNotContain(CaseTestData.DISABILITY).doesNotContain(person.name())
                    .doesNotContain(person.iin())));
        }
        List<List<String>> ru = workbook("caseworker.astana", "ru", today.minusDays(5), today);
        assertThat(ru.get(0).subList(8, 11)).containsExactly("Семейное положение пострадавшей(-его)",
                "Миграционный статус пострадавшей(-его)", "Инвалидность пострадавшей(-его)");
        assertThat(ru.stream().filter(r -> r.get(0).equals(String.valueOf(incidentId))).findFirst().orElseThrow()
                .subList(8, 11)).containsExactly("В разводе или живёт раздельно", "Кандас", "да");
    }

    @Test
    void consentToShareIsTheLatestAnswerSoAWithdrawalCounts() throws Exception {
        LocalDate today = LocalDate.now(KZ);
        Locale ru = Locale.forLanguageTag("ru");
        send(post("/api/v1/cases/" + caseId + "/consents"), """
                {"purpose": "ANONYMOUS_STATISTICS", "given": true, "date": "%s"}""".formatted(today.minusDays(2)));
        assertThat(consentToShare(today)).isEqualTo(messages.getMessage("cases.summary.yes", null, ru));
        send(post("/api/v1/cases/" + caseId + "/consents"), """
                {"purpose": "ANONYMOUS_STATISTICS", "given": false, "date": "%s"}""".formatted(today.minusDays(1)));
        assertThat(consentToShare(today)).isEqualTo(messages.getMessage("cases.summary.no", null, ru));
    }

    private String consentToShare(LocalDate today) throws Exception {
        List<List<String>> rows = workbook("caseworker.astana", "ru", today.minusDays(5), today);
        int column = rows.get(0).indexOf(messages.getMessage("cases.ir.consentToShare", null, Locale.forLanguageTag("ru")));
        assertThat(column).isNotNegative();
        return rows.stream().filter(r -> r.get(0).equals(String.valueOf(incidentId))).findFirst().orElseThrow()
                .get(column);
    }

    @Test
    void aSurvivorNotAskedHasBlankCells() throws Exception {
        long quiet = CaseTestData.openCase(mvc, users, "caseworker.astana");
        LocalDate today = LocalDate.now(KZ);
        String incident = send(post("/api/v1/cases/" + quiet + "/incidents"), """
                {"incidentDate": "%s", "reportDate": "%s", "timeOfDay": "MORNING", "regionCode": "KZ-71",
                 "locationType": "SHARED_HOME",
                 "answers": {"RAPE": false, "SEXUAL_ASSAULT": false, "PHYSICAL_ASSAULT": true},
                 "perpetrators": [{"relationship": "SPOUSE", "sex": "MALE"}]}""".formatted(today.minusDays(3),
                today.minusDays(1)));
        String id = String.valueOf(((Number) JsonPath.read(incident, "$.id")).longValue());
        List<String> row = workbook("caseworker.astana", "kk", today.minusDays(5), today).stream()
                .filter(r -> r.get(0).equals(id)).findFirst().orElseThrow();
        assertThat(row.subList(8, 11)).containsExactly("", "", "");
    }

    @Test
    void profilesAreDecryptedOncePerSurvivorAndABatchAtATime(@Autowired SurvivorStore survivors) {
        List<Long> ids = jdbc.sql("SELECT id FROM survivor ORDER BY id LIMIT 3").query(Long.class).list();
        SurvivorFacts facts = new SurvivorFacts(survivors, f -> java.util.Arrays.asList(f.maritalStatus(),
                f.displacementStatus(), f.hasDisability()));
        int completed = 0;
        for (int i = 0; i < 2 * SurvivorFacts.BATCH + 10; i++) {
            List<List<Object>> done = facts.add(new SurvivorFacts.Pending(ids.get(i % 3),
                    new ArrayList<>(List.of("incident " + i, "S", "after")), 2));
            assertThat(done).hasSize((i + 1) % SurvivorFacts.BATCH == 0 ? SurvivorFacts.BATCH : 0);
            completed += done.size();
            done.forEach(row -> assertThat(row).hasSize(6).element(5).isEqualTo("after"));
        }
        assertThat(completed).isEqualTo(2 * SurvivorFacts.BATCH);
        assertThat(facts.flush()).hasSize(10);
        assertThat(facts.decrypted()).isEqualTo(3);
    }

    @Test
    void aBatchIsDecryptedWhileTheIncidentsAreStillStreaming(@Autowired javax.sql.DataSource dataSource,
                                                            @Autowired SurvivorStore survivors,
                                                            @Autowired PlatformTransactionManager transactions) {
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(1);
        List<String> read = new ArrayList<>();
        new TransactionTemplate(transactions).executeWithoutResult(status -> streaming.query(
                "SELECT id FROM survivor ORDER BY id LIMIT 5", (ResultSet rs) -> {
                    read.add(survivors.profiles(List.of(rs.getLong(1))).get(rs.getLong(1)).fullName());
                }));
        assertThat(read).hasSize(5).doesNotContainNull();
    }

    @Test
    void theIncidentRecorderHoldsOnlyTheCallersReach() throws Exception {
        LocalDate today = LocalDate.now(KZ);
        assertThat(workbook("supervisor.astana", "ru", null, null)).extracting(r -> r.get(0))
                .contains(String.valueOf(incidentId));
        assertThat(workbook("caseworker.almaty", "ru", null, null)).extracting(r -> r.get(0))
                .doesNotContain(String.valueOf(incidentId));
        assertThat(workbook("caseworker.astana", "en", today.minusYears(2), today.minusYears(1)))
                .extracting(r -> r.get(0)).doesNotContain(String.valueOf(incidentId));
        mvc.perform(get("/api/v1/cases/exports/incident-recorder").param("language", "ru").with(users.as("analyst")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cases/exports/incident-recorder").param("language", "xx")
                        .param("from", "2026-05-01").param("to", "2026-04-01").with(users.as("caseworker.astana")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("language", "to")));
    }

    private String pdfText(String audience, String language, String user) throws Exception {
        byte[] pdf = mvc.perform(get("/api/v1/cases/" + caseId + "/summary").param("audience", audience)
                        .param("language", language).with(users.as(user)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private List<List<String>> workbook(String user, String language, LocalDate from, LocalDate to) throws Exception {
        MockHttpServletRequestBuilder request = get("/api/v1/cases/exports/incident-recorder").param("language", language)
                .with(users.as(user));
        if (from != null) {
            request.param("from", from.toString()).param("to", to.toString());
        }
        byte[] xlsx = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            try (var stream = workbook.getFirstSheet().openStream()) {
                for (Row row : (Iterable<Row>) stream::iterator) {
                    List<String> cells = new ArrayList<>();
                    for (Cell cell : row) {
                        cells.add(cell == null || cell.getRawValue() == null ? "" : cell.getText());
                    }
                    rows.add(cells);
                }
            }
        }
        return rows;
    }

    private String send(MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.with(users.as("caseworker.astana")).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }
}
