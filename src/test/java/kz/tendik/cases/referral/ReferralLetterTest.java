package kz.tendik.cases.referral;

import kz.tendik.cases.CaseTestData;
import kz.tendik.support.IntegrationTest;
import kz.tendik.support.TestUsers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static kz.tendik.cases.CaseTestData.auditEntries;
import static kz.tendik.cases.referral.ReferralFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The referral letter, downloaded through the API and the case page, is in the survivor's language and carries the
 * case number, the shortened name, the safe phone, the service, the provider, the centre and the worker — and not
 * the IIN, the surname, the unsafe phone, the address or the incident's narrative.
 */
@IntegrationTest
class ReferralLetterTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            kk | Жолдама    | Заң көмегі     | Астана қаласының № 1 заң консультациясы      | Адамның
            ru | Направление | Юридическая помощь | Юридическая консультация № 1 города Астаны | Согласие лица
            en | Referral    | Legal help     | Astana Legal Advice Office No. 1             | Consent of the person""")
    void theLetterIsInTheSurvivorsLanguageWithOnlyTheMinimum(String language, String title, String service,
                                                              String provider, String basis) throws Exception {
        ReferralFixtures.Case kase = ReferralFixtures.newCase(mvc, users, language);
        CaseTestData.Person p = kase.person();
        ReferralFixtures.consent(mvc, users, kase.id(), "REFERRAL", "LEGAL", true);
        String created = mvc.perform(post("/api/v1/cases/" + kase.id() + "/referrals").with(users.as("caseworker.astana"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"providerId\": " + ReferralFixtures.provider(jdbc, "LEGAL_AID") + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long referral = id(created);
        String caseNumber = jdbc.sql("SELECT case_number FROM case_file WHERE id = ?").param(kase.id())
                .query(String.class).single();
        // the user writes Russian; the letter follows the survivor's language
        MvcResult api = mvc.perform(get("/api/v1/cases/" + kase.id() + "/referrals/" + referral + "/letter.pdf")
                        .with(users.as("caseworker.astana")).locale(java.util.Locale.forLanguageTag("ru")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Language", language))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"referral-" + referral + ".pdf\""))
                .andReturn();
        String text = text(api.getResponse().getContentAsByteArray());
        snapshot(api.getResponse().getContentAsByteArray(), "referral-letter-" + language);
        String[] words = p.name().split(" ");
        String shortName = words[0] + " " + words[words.length - 1].substring(0, 1).toUpperCase() + ".";
        assertThat(text).contains(title, caseNumber, shortName, p.phone(), service, provider, basis, workerName());
        assertThat(text).doesNotContain(p.iin(), p.name(), words[1], words[words.length - 1], kase.unsafePhone(),
                p.address(), ReferralFixtures.NARRATIVE, p.born().toString());
        assertThat(auditEntries(jdbc, "referral.letter", "referral", referral)).isOne();
        // the case page offers the same letter to a signed-in worker
        MvcResult page = mvc.perform(get("/cases/" + kase.id() + "/referrals/" + referral + "/letter.pdf")
                        .with(users.as("supervisor.astana")))
                .andExpect(status().isOk()).andReturn();
        assertThat(text(page.getResponse().getContentAsByteArray())).contains(caseNumber, shortName);
        assertThat(jdbc.sql("SELECT count(*) FROM case_event WHERE case_id = ? AND type = 'REFERRAL_LETTER_ISSUED'")
                .param(kase.id()).query(Long.class).single()).isEqualTo(2);
    }

    private String workerName() {
        return jdbc.sql("SELECT display_name FROM app_user WHERE username = 'caseworker.astana'").query(String.class).single();
    }

    /** The first page as an image in target/screenshots/, to look at. */
    private static void snapshot(byte[] pdf, String name) throws java.io.IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            java.nio.file.Path dir = java.nio.file.Path.of("target/screenshots");
            java.nio.file.Files.createDirectories(dir);
            javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 80),
                    "png", dir.resolve(name + ".png").toFile());
        }
    }

    private static String text(byte[] pdf) throws java.io.IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
