package kz.tendik.browser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import kz.tendik.cases.CaseTestData;
import kz.tendik.cases.casefile.FamilyCategory;
import kz.tendik.cases.file.CaseFiles;
import kz.tendik.cases.registry.SurvivorRegistry;
import kz.tendik.cases.survivor.ChannelKind;
import kz.tendik.cases.survivor.ContactChannel;
import kz.tendik.cases.survivor.Initials;
import kz.tendik.cases.survivor.Sex;
import kz.tendik.cases.survivor.SurvivorProfile;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Emergency (break-glass) access seen by the case's owner: a supervisor of the Astana centre opens a case of the
 * Almaty centre through the break-glass form of the case list, giving a reason; the Almaty caseworker whose case it
 * is then finds it on her home page, in Kazakh, Russian and English, under "Emergency access to your cases": the case
 * number, the survivor's initials, the day and that staff of another centre opened it; never the survivor's name nor
 * the reason. Screenshots: target/screenshots/emergency-access-home-{kk,ru,en}.png.
 */
@BrowserJourney
class EmergencyAccessJourneyTest {

    private static final String PASSWORD = "Sharyn-Canyon-Ash-2026";
    private static final String OWNER = "browser.emergency.cw";
    private static final String GRANTEE = "browser.emergency.sv";
    /** What the part is called and what an item of it says, as a reader of each language reads it. */
    private static final Map<String, String> HEADING = Map.of(
            "kk", "Істеріңізге шұғыл қолжетімділік (соңғы 30 күн)",
            "ru", "Экстренный доступ к вашим делам (за последние 30 дней)",
            "en", "Emergency access to your cases (last 30 days)");
    private static final Map<String, String> OTHER_CENTRE = Map.of(
            "kk", "%s күні басқа орталықтың қызметкеріне қолжетімділік ашылды",
            "ru", "%s доступ получил сотрудник другого центра",
            "en", "accessed on %s by staff of another centre");

    @Autowired
    SurvivorRegistry registry;
    @Autowired
    CaseFiles files;
    @Autowired
    JdbcClient jdbc;

    private Browser browser;
    private String ownerSecret;
    private String granteeSecret;
    private CaseTestData.Person survivor;
    private long caseId;

    @BeforeAll
    void start(Browser browser, JourneyAccounts users) throws Exception {
        this.browser = browser;
        ownerSecret = users.enrol(users.user(OWNER, "Жібек Нұрланова", PASSWORD, Role.CASEWORKER,
                users.unitOf("caseworker.almaty"), "kk"));
        granteeSecret = users.enrol(users.user(GRANTEE, "Инна Павлова", PASSWORD, Role.SUPERVISOR,
                users.unitOf("caseworker.astana"), "ru"));
        CurrentUser owner = users.current(OWNER);
        survivor = CaseTestData.person();
        long survivorId = registry.register(owner, new SurvivorProfile(survivor.name(), null, survivor.iin(),
                survivor.born(), null, null, Sex.FEMALE, null, null, List.of("kk", "ru"), null, null, "KZ", null,
                List.of(new ContactChannel(ChannelKind.PHONE, survivor.phone(), true, false, false)),
                survivor.address(), null), null, List.of()).id();
        caseId = files.open(owner, new CaseFiles.Opening(survivorId, null, FamilyCategory.C), null).id();
    }

    @Test
    void theOwnerOfACaseOpenedByAnotherCentreSeesItOnHerHomeInEveryLanguage() throws Exception {
        WebDriver web = browser.driver();
        String caseNumber = jdbc.sql("SELECT case_number FROM case_file WHERE id = ?").param(caseId)
                .query(String.class).single();
        String reason = "Түнде Астананың дағдарыс орталығына келді " + survivor.surname();

        // Astana's supervisor, who does not reach the case, opens it with a reason
        browser.signIn(GRANTEE, PASSWORD, granteeSecret, "ru");
        browser.open("/cases");
        browser.fill("caseNumber", caseNumber);
        browser.fill("reason", reason);
        browser.click(web.findElement(By.cssSelector("section.break-glass button[type=submit]")));
        browser.waitForPath("/cases/" + caseId);
        assertThat(web.findElement(By.cssSelector(".break-glass-banner")).getText()).contains(reason);
        browser.signOut();

        // the Almaty caseworker whose case it is
        String today = LocalDate.now(ZoneId.of("Asia/Almaty")).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        browser.signIn(OWNER, PASSWORD, ownerSecret, "kk");
        for (String language : List.of("kk", "ru", "en")) {
            browser.open("/?lang=" + language);
            WebElement part = web.findElement(By.cssSelector("article.work-emergency-access"));
            WebElement item = part.findElement(By.xpath(
                    ".//li[a[@class='case-number' and text()='" + caseNumber + "']]"));
            assertThat(part.findElement(By.tagName("h3")).getText()).startsWith(HEADING.get(language));
            assertThat(item.findElement(By.cssSelector(".initials")).getText()).isEqualTo(Initials.of(survivor.name()));
            assertThat(item.findElement(By.cssSelector(".detail")).getText())
                    .isEqualTo(OTHER_CENTRE.get(language).formatted(today));
            assertThat(browser.mainText()).doesNotContain(survivor.name()).doesNotContain(survivor.surname())
                    .doesNotContain(reason);
            browser.screenshotOf(part, "emergency-access-home-" + language);
        }
    }
}
