package kz.tendik.cases.export;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.jayway.jsonpath.JsonPath;
import kz.tendik.cases.CaseTestData;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Incident Recorder workbook read back with Apache POI (a reader independent of the library that writes it):
 * its columns in the order of the GBVIMS Incident Recorder, child protection apart from other social services, the
 * survivor's wish to pursue legal action beside the legal referral, in Kazakh, Russian and English.
 */
@IntegrationTest
class IncidentRecorderColumnsTest {

    private static final ZoneId KZ = ZoneId.of("Asia/Almaty");

    /** The Incident Recorder's columns, in order, as message keys under {@code cases.ir.}. */
    private static final List<String> COLUMNS = List.of("incidentId", "survivorCode", "caseworkerCode",
            "interviewDate", "incidentDate", "reportingDelay", "ageGroup", "sex", "maritalStatus", "displacementStatus",
            "disability", "timeOfDay", "region", "district", "locationType", "gbvType", "lawForm", "harmfulPractice",
            "moneyExchanged", "abduction", "reportedElsewhere", "priorGbv", "perpetrators", "perpetratorSex",
            "perpetratorAge", "perpetratorRelationship", "perpetratorOccupation", "perpetratorPrior", "referredFrom",
            "caseContext", "consentToShare", "referral.SHELTER", "referral.MEDICAL", "referral.PSYCHOLOGICAL",
            "referral.LEGAL", "wantsLegalAction", "referral.POLICE", "referral.EMPLOYMENT",
            "referral.CHILD_PROTECTION", "referral.SOCIAL");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MessageSource messages;

    @Test
    void theHeaderHasEveryIncidentRecorderColumnInOrderInEachLanguage() throws Exception {
        LocalDate today = LocalDate.now(KZ);
        for (String language : List.of("kk", "ru", "en")) {
            Locale locale = Locale.forLanguageTag(language);
            List<String> expected = COLUMNS.stream().map(key -> messages.getMessage("cases.ir." + key, null, locale))
                    .toList();
            assertThat(expected).doesNotHaveDuplicates();
            assertThat(workbook(language, today.minusDays(3), today).get(0)).containsExactlyElementsOf(expected);
        }
        assertThat(workbook("ru", today.minusDays(3), today).get(0).subList(34, 40)).containsExactly(
                "Направлена(-н): юридическая помощь", "Пострадавшая(-ий) хочет добиваться защиты по закону",
                "Направлена(-н): полиция", "Направлена(-н): занятость и доход", "Направлена(-н): защита детей",
                "Направлена(-н): другие социальные службы");
    }

    @Test
    void childProtectionAndOtherSocialServicesAreTwoColumnsAndTheWishForLegalActionIsShown() throws Exception {
        LocalDate today = LocalDate.now(KZ);
        long both = CaseTestData.openCase(mvc, users, "caseworker.astana");
        long bothIncident = incident(both, "\"wantsLegalAction\": \"NO\", \"referredFrom\": \"SCHOOL\",", today);
        refer(both, "CHILD_PROTECTION", "GUARDIANSHIP_BODY");
        refer(both, "SOCIAL", "AKIMAT_MOBILE_GROUP");
        long childOnly = CaseTestData.openCase(mvc, users, "caseworker.astana");
        long childOnlyIncident = incident(childOnly, "", today);
        refer(childOnly, "CHILD_PROTECTION", "GUARDIANSHIP_BODY");
        long socialOnly = CaseTestData.openCase(mvc, users, "caseworker.astana");
        long socialOnlyIncident = incident(socialOnly, "\"wantsLegalAction\": \"UNDECIDED\",", today);
        refer(socialOnly, "SOCIAL", "AKIMAT_MOBILE_GROUP");
        for (String language : List.of("kk", "ru", "en")) {
            Locale locale = Locale.forLanguageTag(language);
            String yes = messages.getMessage("cases.summary.yes", null, locale);
            String no = messages.getMessage("cases.summary.no", null, locale);
            List<List<String>> rows = workbook(language, today.minusDays(3), today);
            List<String> header = rows.get(0);
            int legal = header.indexOf(messages.getMessage("cases.ir.referral.LEGAL", null, locale));
            int wish = header.indexOf(messages.getMessage("cases.ir.wantsLegalAction", null, locale));
            int child = header.indexOf(messages.getMessage("cases.ir.referral.CHILD_PROTECTION", null, locale));
            int social = header.indexOf(messages.getMessage("cases.ir.referral.SOCIAL", null, locale));
            int referredFrom = header.indexOf(messages.getMessage("cases.ir.referredFrom", null, locale));
            int occupation = header.indexOf(messages.getMessage("cases.ir.perpetratorOccupation", null, locale));
            int prior = header.indexOf(messages.getMessage("cases.ir.perpetratorPrior", null, locale));
            assertThat(wish).isEqualTo(legal + 1);

            List<String> row = row(rows, bothIncident);
            assertThat(row.get(child)).isEqualTo(yes);
            assertThat(row.get(social)).isEqualTo(yes);
            assertThat(row.get(legal)).isEqualTo(no);
            assertThat(row.get(wish)).isEqualTo(messages.getMessage("cases.legalAction.NO", null, locale));
            assertThat(row.get(referredFrom)).isEqualTo(messages.getMessage("cases.referredFrom.SCHOOL", null, locale));
            assertThat(row.get(occupation)).isEqualTo(messages.getMessage("cases.occupation.CIVIL_SERVANT", null, locale));
            assertThat(row.get(prior)).isEqualTo(yes);

            row = row(rows, childOnlyIncident);
            assertThat(row.get(child)).isEqualTo(yes);
            assertThat(row.get(social)).isEqualTo(no);
            assertThat(row.get(wish)).as("not asked").isEqualTo(messages.getMessage("cases.ir.unknown", null, locale));

            row = row(rows, socialOnlyIncident);
            assertThat(row.get(child)).isEqualTo(no);
            assertThat(row.get(social)).isEqualTo(yes);
            assertThat(row.get(wish)).isEqualTo(messages.getMessage("cases.legalAction.UNDECIDED", null, locale));
        }
        List<String> ru = row(workbook("ru", today.minusDays(3), today), bothIncident);
        assertThat(ru.subList(34, 40)).containsExactly("нет", "Нет", "нет", "нет", "да", "да");
    }

    @Test
    void aReferralToTheGuardianshipBodyNeedsConsentToChildProtectionNotToSocialSupport() throws Exception {
        long caseId = CaseTestData.openCase(mvc, users, "caseworker.astana");
        consent(caseId, "SOCIAL");
        mvc.perform(json(post("/api/v1/cases/" + caseId + "/referrals"),
                        "{\"providerId\": " + provider("GUARDIANSHIP_BODY") + "}"))
                .andExpect(status().isUnprocessableContent());
        consent(caseId, "CHILD_PROTECTION");
        mvc.perform(json(post("/api/v1/cases/" + caseId + "/referrals"),
                        "{\"providerId\": " + provider("GUARDIANSHIP_BODY") + "}"))
                .andExpect(status().isCreated());
        assertThat(jdbc.sql("SELECT service FROM referral WHERE case_id = ?").param(caseId).query(String.class).list())
                .containsExactly("CHILD_PROTECTION");
    }

    private long incident(long caseId, String extra, LocalDate today) throws Exception {
        String body = mvc.perform(json(post("/api/v1/cases/" + caseId + "/incidents"), """
                        {"incidentDate": "%s", "reportDate": "%s", "timeOfDay": "MORNING", "regionCode": "KZ-71",
                         "locationType": "SHARED_HOME", %s
                         "answers": {"RAPE": false, "SEXUAL_ASSAULT": false, "PHYSICAL_ASSAULT": true},
                         "perpetrators": [{"relationship": "SPOUSE", "sex": "MALE", "occupation": "CIVIL_SERVANT",
                                           "priorViolence": true}]}""".formatted(today.minusDays(5), today.minusDays(1),
                        extra)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private void refer(long caseId, String purpose, String providerKind) throws Exception {
        consent(caseId, purpose);
        mvc.perform(json(post("/api/v1/cases/" + caseId + "/referrals"),
                        "{\"providerId\": " + provider(providerKind) + "}"))
                .andExpect(status().isCreated());
    }

    private void consent(long caseId, String purpose) throws Exception {
        mvc.perform(json(post("/api/v1/cases/" + caseId + "/consents"),
                        "{\"purpose\": \"REFERRAL\", \"referralTo\": \"" + purpose + "\", \"given\": true}"))
                .andExpect(status().isCreated());
    }

    private long provider(String kind) {
        return jdbc.sql("SELECT min(id) FROM service_provider WHERE region_code = 'KZ-71' AND kind = ? AND active")
                .param(kind).query(Long.class).single();
    }

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.with(users.as("caseworker.astana")).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static List<String> row(List<List<String>> rows, long incidentId) {
        return rows.stream().filter(r -> r.get(0).equals(String.valueOf(incidentId))).findFirst().orElseThrow();
    }

    /** The first sheet as text, every cell as Excel would show it (blank cells as ""). */
    private List<List<String>> workbook(String language, LocalDate from, LocalDate to) throws Exception {
        byte[] xlsx = mvc.perform(get("/api/v1/cases/exports/incident-recorder").param("language", language)
                        .param("from", from.toString()).param("to", to.toString()).with(users.as("caseworker.astana")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            int width = sheet.getRow(0).getLastCellNum();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>(width);
                for (int c = 0; c < width; c++) {
                    Cell cell = row.getCell(c, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
