package kz.tendik.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.time.SystemTimeProvider;
import kz.tendik.cases.casefile.FamilyCategory;
import kz.tendik.cases.file.CaseFiles;
import kz.tendik.cases.registry.SurvivorRegistry;
import kz.tendik.cases.survivor.ChannelKind;
import kz.tendik.cases.survivor.ContactChannel;
import kz.tendik.cases.survivor.DisplacementStatus;
import kz.tendik.cases.survivor.MaritalStatus;
import kz.tendik.cases.survivor.Sex;
import kz.tendik.cases.survivor.SurvivorProfile;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.OrgUnit;
import kz.tendik.identity.Role;
import kz.tendik.identity.account.UserAccounts;
import kz.tendik.identity.twofactor.TwoFactor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Closing a case in the browser, one language per person: the caseworker (Kazakh) sends an incomplete checklist
 * (htmx puts every missing item on its field), then a complete one; her supervisor (Russian; the caseworker is in her
 * team) sees the pending banner and approves; the centre manager (English) sees the closed, read-only case and places
 * a legal hold.
 */
@Tag("browser")
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClosureJourneyTest {

    private static final String PASSWORD = "Kokshetau-Autumn-Rain-2026";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    TwoFactor twoFactor;
    @Autowired
    kz.tendik.identity.admin.SupervisionStore supervision;
    @Autowired
    SurvivorRegistry registry;
    @Autowired
    CaseFiles files;

    private Browser browser;
    private long caseId;

    private record Person(String username, String secret) {
    }

    private Person caseworker;
    private Person supervisor;
    private Person manager;

    @BeforeAll
    void start() throws Exception {
        OrgUnit centre = accounts.findByUsername("caseworker.astana").orElseThrow().toCurrentUser().orgUnit();
        caseworker = person("browser.closure.cw", "Гүлнар Сапарова", Role.CASEWORKER, centre, "kk");
        supervisor = person("browser.closure.sv", "Ольга Ким", Role.SUPERVISOR, centre, "ru");
        manager = person("browser.closure.mg", "Dana Yesenova", Role.CENTRE_MANAGER, centre, "en");
        // the supervisor approves the caseworker's request: the caseworker is in her team (decision 0026)
        supervision.add(accounts.findByUsername(supervisor.username()).orElseThrow().id(),
                accounts.findByUsername(caseworker.username()).orElseThrow().id(), null, java.time.Instant.now());
        CurrentUser worker = accounts.findByUsername(caseworker.username()).orElseThrow().toCurrentUser();
        // a name and phone of her own, so the duplicate check of registration finds nobody
        kz.tendik.cases.CaseTestData.Person her = kz.tendik.cases.CaseTestData.person();
        long survivor = registry.register(worker, new SurvivorProfile(her.name(), null, null,
                LocalDate.of(1992, 4, 18), null, null, Sex.FEMALE, MaritalStatus.MARRIED_OR_COHABITING,
                DisplacementStatus.RESIDENT, List.of("kk"), false, null, "KZ", 1,
                List.of(new ContactChannel(ChannelKind.PHONE, her.phone(), true, false, false)),
                null, null), null, List.of()).id();
        caseId = files.open(worker, new CaseFiles.Opening(survivor, null, FamilyCategory.C), null).id();
        browser = new Browser();
    }

    private Person person(String username, String name, Role role, OrgUnit unit, String language) throws Exception {
        long id = accounts.findByUsername(username).map(a -> a.id()).orElseGet(() -> accounts.create(username, name,
                passwords.encode(PASSWORD), role, unit, language));
        String secret = twoFactor.begin(id);
        assertThat(twoFactor.confirm(id, code(secret))).hasSize(10);
        return new Person(username, secret);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aCaseIsAskedToCloseApprovedAndHeld() throws Exception {
        WebDriver web = browser.driver();
        String casePath = "/cases/" + caseId;

        signIn(web, caseworker, "kk");
        web.get(url(casePath + "?lang=kk#closure"));
        new Select(web.findElement(By.name("survivorWish"))).selectByValue("AGREES_TO_CLOSE");
        web.findElement(By.cssSelector("form.closure-request button[type=submit]")).click();
        new WebDriverWait(web, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("#closure .field-error")).size() >= 3);
        assertThat(web.findElements(By.cssSelector("#closure .field-error"))).extracting(WebElement::getText)
                .contains("Жабу себебін таңдаңыз.", "Жәбірленушінің қауіпсіздік мәселелері шешілмеген.");
        shoot(web, "closure-0-checklist-errors-kk");
        web.findElement(By.id("safetyAddressed1")).click();
        web.findElement(By.id("servicesDoneOrDeclined1")).click();
        new Select(web.findElement(By.cssSelector("form.closure-request [name=reason]"))).selectByValue("NEEDS_MET");
        web.findElement(By.cssSelector("form.closure-request [name=note]")).sendKeys("Жағдайы тұрақты, психолог кеңесі аяқталды.");
        web.findElement(By.cssSelector("form.closure-request button[type=submit]")).click();
        new WebDriverWait(web, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector(".pending-banner")).isEmpty());
        shoot(web, "closure-1-requested-kk");
        signOut(web);

        signIn(web, supervisor, "ru");
        web.get(url(casePath + "?lang=ru"));
        assertThat(web.findElement(By.cssSelector(".pending-banner")).getText()).contains("Закрытие ждёт утверждения");
        web.get(url(casePath + "#closure"));
        shoot(web, "closure-2-pending-approval-ru");
        web.findElement(By.xpath("//section[@id='closure']//button[contains(., 'Утвердить и закрыть')]")).click();
        new WebDriverWait(web, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector(".closed-banner")).isEmpty());
        assertThat(web.findElement(By.cssSelector("dl.case-facts")).getText()).contains("Закрыт");
        shoot(web, "closure-3-case-closed-ru");
        signOut(web);

        signIn(web, manager, "en");
        web.get(url(casePath + "?lang=en#closure"));
        assertThat(web.findElements(By.cssSelector("#notes form"))).allMatch(f -> !f.isDisplayed());
        web.findElement(By.cssSelector("#closure textarea[name=reason]#hold-reason")).sendKeys("Court request No. 2-1234/2026");
        web.findElement(By.xpath("//section[@id='closure']//button[contains(., 'Place a legal hold')]")).click();
        new WebDriverWait(web, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector(".legal-hold-banner")).isEmpty());
        assertThat(web.findElement(By.cssSelector("#closure")).getText()).contains("Nothing is removed while the legal hold is on.");
        shoot(web, "closure-4-case-closed-legal-hold-en");
    }

    /** The closure section in view (the page scrolls there), then a picture. */
    private void shoot(WebDriver web, String name) throws Exception {
        ((JavascriptExecutor) web).executeScript("document.getElementById('closure').scrollIntoView()");
        browser.screenshot(name);
    }

    private void signIn(WebDriver web, Person person, String language) throws Exception {
        web.get(url("/login?lang=" + language));
        web.findElement(By.name("username")).sendKeys(person.username());
        web.findElement(By.name("password")).sendKeys(PASSWORD);
        web.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
        waitForPath(web, "/login/two-factor");
        web.findElement(By.name("code")).sendKeys(code(person.secret()));
        web.findElement(By.cssSelector("form[action$='/login/two-factor'] button[type=submit]")).click();
        waitForPath(web, "/");
    }

    private static void signOut(WebDriver web) {
        web.manage().deleteAllCookies();
    }

    private static void waitForPath(WebDriver web, String path) {
        new WebDriverWait(web, Duration.ofSeconds(10)).until(d -> java.net.URI.create(d.getCurrentUrl()).getPath().equals(path));
    }

    private static String code(String secret) throws Exception {
        return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, new SystemTimeProvider().getTime() / 30);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
