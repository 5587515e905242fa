package kz.tendik.browser;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supervisor refers the first demo case in headless Chromium: a referral to the police without the survivor's
 * consent is refused in the form (htmx), then made after the consent is recorded; the provider chooser follows the
 * service type; the provider's answer is recorded. The referral section is photographed in Kazakh, Russian and
 * English (target/screenshots/referrals-*.png).
 */
@Tag("browser")
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "tendik.security.two-factor-required=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferralJourneyTest {

    @LocalServerPort
    int port;
    private Browser browser;

    @BeforeAll
    void start() throws IOException {
        browser = new Browser();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aReferralIsRefusedWithoutConsentThenMadeAnsweredAndShownInEveryLanguage() throws Exception {
        WebDriver web = browser.driver();
        web.get(url("/login?lang=ru"));
        web.findElement(By.name("username")).sendKeys("supervisor.astana");
        web.findElement(By.name("password")).sendKeys("tendik-demo-2026");
        web.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
        until(web, d -> !d.getCurrentUrl().contains("/login"));

        web.get(url("/cases/1?lang=ru"));
        // the referral form is loaded when its fold is opened; the chooser follows the service type (htmx swaps the
        // provider list)
        openReferralForm(web);
        WebElement form = web.findElement(By.id("referral-form"));
        new Select(form.findElement(By.name("kind"))).selectByValue("POLICE_DISTRICT_OFFICE");
        until(web, d -> new Select(d.findElement(By.id("providerId")))
                .getOptions().stream().skip(1).allMatch(o -> o.getText().contains("полиции")));
        new Select(web.findElement(By.id("providerId"))).selectByIndex(1);
        web.findElement(By.cssSelector("#referral-form button[type=submit]")).click();
        WebElement error = new WebDriverWait(web, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.cssSelector("#referral-form .field-error")));
        assertThat(error.getText()).isEqualTo("Согласие пострадавшей на направление (Полиция) не записано в деле.");
        scrollTo(web, "referral-form");
        browser.screenshot("referrals-refused-without-consent-ru");

        // record the consent on the case page, then refer
        web.get(url("/cases/1?lang=ru"));
        WebElement consent = web.findElement(By.cssSelector("#consents form"));
        new Select(consent.findElement(By.name("purpose"))).selectByValue("REFERRAL");
        new Select(consent.findElement(By.name("referralTo"))).selectByValue("POLICE");
        consent.findElement(By.cssSelector("input[name=given][value=true]")).click();
        consent.findElement(By.cssSelector("button[type=submit]")).click();
        until(web, d -> d.getCurrentUrl().endsWith("#consents"));
        openReferralForm(web);
        new Select(web.findElement(By.cssSelector("#referral-form select[name=kind]"))).selectByValue("POLICE_DISTRICT_OFFICE");
        until(web, d -> new Select(d.findElement(By.id("providerId")))
                .getOptions().stream().skip(1).allMatch(o -> o.getText().contains("полиции")));
        new Select(web.findElement(By.id("providerId"))).selectByIndex(1);
        web.findElement(By.cssSelector("#referral-form button[type=submit]")).click();
        // htmx swaps in the section as it is now
        until(web, d -> !d.findElements(By.cssSelector("table.referrals tbody tr")).isEmpty());

        // the police answers
        WebElement row = web.findElement(By.cssSelector("table.referrals tbody tr"));
        row.findElement(By.tagName("summary")).click();
        row.findElement(By.cssSelector("input[name=status][value=ACCEPTED]")).click();
        ((JavascriptExecutor) web).executeScript("arguments[0].value = arguments[1]",
                row.findElement(By.name("answeredOn")), java.time.LocalDate.now(java.time.ZoneId.of("Asia/Almaty")).toString());
        row.findElement(By.name("answeredBy")).sendKeys("Участковый инспектор Ахметов");
        row.findElement(By.name("note")).sendKeys("Примут в понедельник");
        row.findElement(By.cssSelector("details button[type=submit]")).click();
        until(web, d -> d.findElement(By.cssSelector("table.referrals tbody tr"))
                .getText().contains("Участковый инспектор Ахметов"));

        for (String language : new String[] {"kk", "ru", "en"}) {
            web.get(url("/cases/1?lang=" + language));
            assertThat(web.findElement(By.id("referrals")).getText()).contains(switch (language) {
                case "kk" -> "Қабылданды";
                case "ru" -> "Принято";
                default -> "Accepted";
            });
            scrollTo(web, "referrals");
            browser.screenshot("referrals-case-page-" + language);
        }
    }

    /** Waits, looking again when htmx has just replaced the element looked at. */
    private static <T> T until(WebDriver web, java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(web, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(condition::apply);
    }

    private static void openReferralForm(WebDriver web) {
        WebElement fold = web.findElement(By.cssSelector("#referrals details.lazy-form summary"));
        ((JavascriptExecutor) web).executeScript("arguments[0].scrollIntoView({block: 'center'});", fold);
        fold.click();
        until(web, d -> !d.findElements(By.cssSelector("#referral-form select[name=kind]")).isEmpty());
    }

    private static void scrollTo(WebDriver web, String id) {
        ((JavascriptExecutor) web).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
