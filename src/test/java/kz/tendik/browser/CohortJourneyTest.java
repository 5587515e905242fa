package kz.tendik.browser;

import java.time.Duration;
import java.util.List;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.time.SystemTimeProvider;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.OrgUnit;
import kz.tendik.identity.Role;
import kz.tendik.identity.account.UserAccounts;
import kz.tendik.identity.twofactor.TwoFactor;
import kz.tendik.programs.cohort.Certificates;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A programme coordinator opens a cohort with session rows added and removed by htmx, looks at a finished cohort
 * (completion, mentors, certificates) and its outcome form in Kazakh, Russian and English; then anyone, signed out,
 * checks a certificate's code on the public page. Screenshots go to target/screenshots/.
 */
@Tag("browser")
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CohortJourneyTest {

    private static final String USERNAME = "browser.programmes";
    private static final String PASSWORD = "Kolsai-Lakes-Evening-2026";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    TwoFactor twoFactor;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Certificates certificates;

    private Browser browser;
    private String secret;

    @BeforeAll
    void start() throws Exception {
        long id = accounts.findByUsername(USERNAME).map(a -> a.id()).orElseGet(() -> accounts.create(USERNAME,
                "Динара Қалиева", passwords.encode(PASSWORD), Role.PROGRAMME_COORDINATOR, OrgUnit.NATIONAL, "en"));
        secret = twoFactor.begin(id);
        assertThat(twoFactor.confirm(id, code(secret))).hasSize(10);
        browser = new Browser();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aCoordinatorOpensACohortAndAnyoneChecksACertificate() throws Exception {
        WebDriver web = browser.driver();
        signIn(web);
        long academy = jdbc.sql("SELECT id FROM programme WHERE name_en = 'Academy for Women Entrepreneurs'")
                .query(Long.class).single();
        web.get(url("/cohorts/new?programmeId=" + academy + "&lang=en"));
        fill(web, "name", "AWE Almaty 2");
        date(web, web.findElement(By.name("startsOn")), "2027-03-01");
        date(web, web.findElement(By.name("endsOn")), "2027-05-31");
        fill(web, "place", "Almaty, Abai Ave 10");
        new Select(web.findElement(By.name("regionCode"))).selectByValue("KZ-75");
        fill(web, "capacity", "25");
        WebElement add = web.findElement(By.cssSelector(".session-rows > button"));
        add.click();
        add.click();
        waitFor(web, d -> d.findElements(By.cssSelector(".session-row")).size() == 3);
        web.findElements(By.cssSelector(".session-row button")).get(2).click();
        waitFor(web, d -> d.findElements(By.cssSelector(".session-row")).size() == 2);
        List<WebElement> dates = web.findElements(By.name("sessionDate"));
        List<WebElement> topics = web.findElements(By.name("sessionTopic"));
        date(web, dates.get(0), "2027-03-02");
        topics.get(0).sendKeys("Business basics, marketing");
        date(web, dates.get(1), "2027-04-06");
        topics.get(1).sendKeys("Finance");
        browser.screenshot("40-cohort-form-en");
        web.findElement(By.cssSelector("form.grid button[type=submit]")).click();
        waitFor(web, d -> d.getCurrentUrl().matches(".*/cohorts/\\d+$"));
        assertThat(web.findElement(By.tagName("h1")).getText()).isEqualTo("AWE Almaty 2");
        assertThat(web.findElement(By.id("sessions")).getText()).contains("Business basics, marketing", "Finance");

        long finished = jdbc.sql("SELECT id FROM cohort WHERE name = 'AWE Almaty 1'").query(Long.class).single();
        web.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1700));
        for (String language : List.of("kk", "ru", "en")) {
            web.get(url("/cohorts/" + finished + "?lang=" + language));
            assertThat(web.findElements(By.cssSelector(".badge.ok"))).isNotEmpty();
            browser.screenshot("41-cohort-finished-" + language);
            web.get(url("/cohorts/" + finished + "/outcomes?lang=" + language));
            browser.screenshot("42-outcome-form-" + language);
        }
        Long participant = jdbc.sql("SELECT min(id) FROM enrolment WHERE cohort_id = ?").param(finished)
                .query(Long.class).single();
        web.get(url("/cohorts/" + finished + "/outcomes?lang=ru&followUp=MONTH_3&enrolmentId=" + participant));
        web.findElement(By.cssSelector("input[name=businessStarted][value=true]")).click();
        fill(web, "bin", "240540012348");
        web.findElement(By.cssSelector("form.outcome-form button[type=submit]")).click();
        waitFor(web, d -> !d.findElements(By.cssSelector(".field-error")).isEmpty());
        assertThat(web.findElement(By.tagName("main")).getText())
                .contains("Этот срок для участника уже записан", "Неверный регистрационный номер");
        browser.screenshot("43-outcome-form-errors-ru");
        web.get(url("/cohorts/" + finished + "/enrolments/" + participant + "?lang=kk"));
        browser.screenshot("44-participant-kk");

        web.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        CurrentUser coordinator = accounts.findByUsername("programmes").orElseThrow().toCurrentUser();
        String code = certificates.list(finished, coordinator).get(0).code();
        web.manage().deleteAllCookies();
        for (String language : List.of("kk", "ru", "en")) {
            web.get(url("/certificates/" + code + "?lang=" + language));
            assertThat(web.findElement(By.cssSelector(".verdict")).getAttribute("class")).contains("valid");
            browser.screenshot("45-certificate-check-" + language);
        }
        web.get(url("/certificates?lang=en"));
        web.findElement(By.name("code")).sendKeys("ABCD-EFGH-JKLM-NPQR");
        web.findElement(By.cssSelector("main form button")).click();
        waitFor(web, d -> !d.findElements(By.cssSelector(".verdict.unknown")).isEmpty());
        browser.screenshot("46-certificate-unknown-en");
    }

    private void signIn(WebDriver web) throws Exception {
        web.get(url("/login?lang=en"));
        web.findElement(By.name("username")).sendKeys(USERNAME);
        web.findElement(By.name("password")).sendKeys(PASSWORD);
        web.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
        waitFor(web, d -> d.getCurrentUrl().endsWith("/login/two-factor"));
        web.findElement(By.name("code")).sendKeys(code(secret));
        web.findElement(By.cssSelector("form[action$='/login/two-factor'] button[type=submit]")).click();
        waitFor(web, d -> java.net.URI.create(d.getCurrentUrl()).getPath().equals("/"));
    }

    private static void fill(WebDriver web, String field, String value) {
        WebElement input = web.findElement(By.name(field));
        input.clear();
        input.sendKeys(value);
    }

    private static void date(WebDriver web, WebElement input, String isoDate) {
        ((JavascriptExecutor) web).executeScript("arguments[0].value = arguments[1];", input, isoDate);
    }

    private static void waitFor(WebDriver web, java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(web, Duration.ofSeconds(10)).until(condition::apply);
    }

    private static String code(String secret) throws Exception {
        return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, new SystemTimeProvider().getTime() / 30);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
