package kz.tendik.browser;

import java.util.List;

import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.OrgUnit;
import kz.tendik.identity.Role;
import kz.tendik.programs.cohort.Certificates;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A programme coordinator opens a cohort with session rows added and removed by htmx, looks at a finished cohort
 * (completion, mentors, certificates) and its outcome form in Kazakh, Russian and English; then anyone, signed out,
 * checks a certificate's code on the public page. Screenshots go to target/screenshots/.
 */
@BrowserJourney
class CohortJourneyTest {

    private static final String USERNAME = "browser.programmes";
    private static final String PASSWORD = "Kolsai-Lakes-Evening-2026";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Certificates certificates;

    private Browser browser;
    private String secret;
    private JourneyAccounts users;

    @BeforeAll
    void start(Browser browser, JourneyAccounts users) throws Exception {
        this.browser = browser;
        this.users = users;
        secret = users.enrol(users.user(USERNAME, "Динара Қалиева", PASSWORD, Role.PROGRAMME_COORDINATOR,
                OrgUnit.NATIONAL, "en"));
    }

    @Test
    void aCoordinatorOpensACohortAndAnyoneChecksACertificate() throws Exception {
        WebDriver web = browser.driver();
        browser.signIn(USERNAME, PASSWORD, secret, "en");
        long academy = jdbc.sql("SELECT id FROM programme WHERE name_en = 'Academy for Women Entrepreneurs'")
                .query(Long.class).single();
        browser.open("/cohorts/new?programmeId=" + academy + "&lang=en");
        browser.fill("name", "AWE Almaty 2");
        browser.setValue("startsOn", "2027-03-01");
        browser.setValue("endsOn", "2027-05-31");
        browser.fill("place", "Almaty, Abai Ave 10");
        new Select(web.findElement(By.name("regionCode"))).selectByValue("KZ-75");
        browser.fill("capacity", "25");
        WebElement add = web.findElement(By.cssSelector(".session-rows > button"));
        add.click();
        add.click();
        browser.until(d -> d.findElements(By.cssSelector(".session-row")).size() == 3);
        web.findElements(By.cssSelector(".session-row button")).get(2).click();
        browser.until(d -> d.findElements(By.cssSelector(".session-row")).size() == 2);
        List<WebElement> dates = web.findElements(By.name("sessionDate"));
        List<WebElement> topics = web.findElements(By.name("sessionTopic"));
        browser.setValue(dates.get(0), "2027-03-02");
        topics.get(0).sendKeys("Business basics, marketing");
        browser.setValue(dates.get(1), "2027-04-06");
        topics.get(1).sendKeys("Finance");
        browser.screenshot("40-cohort-form-en");
        web.findElement(By.cssSelector("form.grid button[type=submit]")).click();
        browser.until(d -> d.getCurrentUrl().matches(".*/cohorts/\\d+$"));
        assertThat(web.findElement(By.tagName("h1")).getText()).isEqualTo("AWE Almaty 2");
        assertThat(web.findElement(By.id("sessions")).getText()).contains("Business basics, marketing", "Finance");

        long finished = jdbc.sql("SELECT id FROM cohort WHERE name = 'AWE Almaty 1'").query(Long.class).single();
        web.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1700));
        for (String language : List.of("kk", "ru", "en")) {
            browser.open("/cohorts/" + finished + "?lang=" + language);
            assertThat(web.findElements(By.cssSelector(".badge.ok"))).isNotEmpty();
            browser.screenshot("41-cohort-finished-" + language);
            browser.open("/cohorts/" + finished + "/outcomes?lang=" + language);
            browser.screenshot("42-outcome-form-" + language);
        }
        Long participant = jdbc.sql("SELECT min(id) FROM enrolment WHERE cohort_id = ?").param(finished)
                .query(Long.class).single();
        browser.open("/cohorts/" + finished + "/outcomes?lang=ru&followUp=MONTH_3&enrolmentId=" + participant);
        web.findElement(By.cssSelector("input[name=businessStarted][value=true]")).click();
        browser.fill("bin", "240540012348");
        web.findElement(By.cssSelector("form.outcome-form button[type=submit]")).click();
        browser.until(d -> !d.findElements(By.cssSelector(".field-error")).isEmpty());
        assertThat(browser.mainText())
                .contains("Этот срок для участника уже записан", "Неверный регистрационный номер");
        browser.screenshot("43-outcome-form-errors-ru");
        browser.open("/cohorts/" + finished + "/enrolments/" + participant + "?lang=kk");
        browser.screenshot("44-participant-kk");

        web.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        CurrentUser coordinator = users.current("programmes");
        String code = certificates.list(finished, coordinator).get(0).code();
        browser.signOut();
        for (String language : List.of("kk", "ru", "en")) {
            browser.open("/certificates/" + code + "?lang=" + language);
            assertThat(web.findElement(By.cssSelector(".verdict")).getAttribute("class")).contains("valid");
            browser.screenshot("45-certificate-check-" + language);
        }
        browser.open("/certificates?lang=en");
        web.findElement(By.name("code")).sendKeys("ABCD-EFGH-JKLM-NPQR");
        web.findElement(By.cssSelector("main form button")).click();
        browser.until(d -> !d.findElements(By.cssSelector(".verdict.unknown")).isEmpty());
        browser.screenshot("46-certificate-unknown-en");
    }
}
