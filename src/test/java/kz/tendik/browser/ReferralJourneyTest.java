package kz.tendik.browser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supervisor refers the first demo case in headless Chromium: a referral to the police without the survivor's
 * consent is refused in the form (htmx), then made after the consent is recorded; the provider chooser follows the
 * service type; the provider's answer is recorded. The referral section is photographed in Kazakh, Russian and
 * English (target/screenshots/referrals-*.png).
 */
@BrowserJourney
@TestPropertySource(properties = "tendik.security.two-factor-required=false")
class ReferralJourneyTest {

    private Browser browser;

    @BeforeAll
    void start(Browser browser) {
        this.browser = browser;
    }

    @Test
    void aReferralIsRefusedWithoutConsentThenMadeAnsweredAndShownInEveryLanguage() throws Exception {
        WebDriver web = browser.driver();
        browser.signIn("supervisor.astana", "tendik-demo-2026", null, "ru");

        browser.open("/cases/1?lang=ru");
        // the referral form is loaded when its fold is opened; the chooser follows the service type (htmx swaps the
        // provider list)
        openReferralForm(web);
        WebElement form = web.findElement(By.id("referral-form"));
        new Select(form.findElement(By.name("kind"))).selectByValue("POLICE_DISTRICT_OFFICE");
        browser.until(d -> new Select(d.findElement(By.id("providerId")))
                .getOptions().stream().skip(1).allMatch(o -> o.getText().contains("полиции")));
        new Select(web.findElement(By.id("providerId"))).selectByIndex(1);
        web.findElement(By.cssSelector("#referral-form button[type=submit]")).click();
        WebElement error = browser.until(d -> d.findElement(By.cssSelector("#referral-form .field-error")));
        assertThat(error.getText()).isEqualTo("Согласие пострадавшей на направление (Полиция) не записано в деле.");
        browser.scrollTo("referral-form");
        browser.screenshot("referrals-refused-without-consent-ru");

        // record the consent on the case page, then refer
        browser.open("/cases/1?lang=ru");
        WebElement consent = web.findElement(By.cssSelector("#consents form"));
        new Select(consent.findElement(By.name("purpose"))).selectByValue("REFERRAL");
        new Select(consent.findElement(By.name("referralTo"))).selectByValue("POLICE");
        consent.findElement(By.cssSelector("input[name=given][value=true]")).click();
        consent.findElement(By.cssSelector("button[type=submit]")).click();
        browser.until(d -> d.getCurrentUrl().endsWith("#consents"));
        openReferralForm(web);
        new Select(web.findElement(By.cssSelector("#referral-form select[name=kind]"))).selectByValue("POLICE_DISTRICT_OFFICE");
        browser.until(d -> new Select(d.findElement(By.id("providerId")))
                .getOptions().stream().skip(1).allMatch(o -> o.getText().contains("полиции")));
        new Select(web.findElement(By.id("providerId"))).selectByIndex(1);
        web.findElement(By.cssSelector("#referral-form button[type=submit]")).click();
        // htmx swaps in the section as it is now
        browser.until(d -> !d.findElements(By.cssSelector("table.referrals tbody tr")).isEmpty());

        // the police answers
        WebElement row = web.findElement(By.cssSelector("table.referrals tbody tr"));
        row.findElement(By.tagName("summary")).click();
        row.findElement(By.cssSelector("input[name=status][value=ACCEPTED]")).click();
        browser.setValue(row.findElement(By.name("answeredOn")), java.time.LocalDate.now(java.time.ZoneId.of("Asia/Almaty")));
        row.findElement(By.name("answeredBy")).sendKeys("Участковый инспектор Ахметов");
        row.findElement(By.name("note")).sendKeys("Примут в понедельник");
        row.findElement(By.cssSelector("details button[type=submit]")).click();
        browser.until(d -> d.findElement(By.cssSelector("table.referrals tbody tr"))
                .getText().contains("Участковый инспектор Ахметов"));

        for (String language : new String[] {"kk", "ru", "en"}) {
            browser.open("/cases/1?lang=" + language);
            assertThat(web.findElement(By.id("referrals")).getText()).contains(switch (language) {
                case "kk" -> "Қабылданды";
                case "ru" -> "Принято";
                default -> "Accepted";
            });
            browser.scrollTo("referrals");
            browser.screenshot("referrals-case-page-" + language);
        }
    }

    private void openReferralForm(WebDriver web) {
        browser.click(web.findElement(By.cssSelector("#referrals details.lazy-form summary")));
        browser.until(d -> !d.findElements(By.cssSelector("#referral-form select[name=kind]")).isEmpty());
    }
}
