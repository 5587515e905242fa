package kz.tendik.browser;

import java.util.Map;

import kz.tendik.identity.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main journey of a new caseworker in a real browser: sign in, be made to enrol two-factor (the role sees
 * cases), scan — here: read — the secret, confirm with a code, keep the recovery codes, see the home page in
 * Kazakh, Russian and English; sign out and sign in again with password and code.
 */
@BrowserJourney
class SignInJourneyTest {

    private static final String USERNAME = "browser.caseworker";
    private static final String PASSWORD = "Qazaq-steppe-Horizon-2026";

    private Browser browser;

    @BeforeAll
    void start(Browser browser, JourneyAccounts users) {
        this.browser = browser;
        users.user(USERNAME, "Айжан Серікова", PASSWORD, Role.CASEWORKER, users.unitOf("caseworker.astana"), "kk");
    }

    @Test
    void aNewCaseworkerEnrolsTwoFactorAndSeesHomeInEveryLanguage() throws Exception {
        WebDriver web = browser.driver();
        browser.open("/login?lang=en");
        browser.screenshot("01-login-en");
        browser.submitPassword(USERNAME, PASSWORD);

        // the role sees cases: enrolment comes before anything else
        browser.waitForPath("/account/two-factor");
        browser.screenshot("02-enrol-two-factor");
        String secret = web.findElement(By.cssSelector("[data-secret]")).getAttribute("data-secret");
        web.findElement(By.name("code")).sendKeys(Browser.totp(secret));
        web.findElement(By.cssSelector("form[data-enrol] button[type=submit]")).click();
        assertThat(web.findElements(By.cssSelector(".codes li"))).hasSize(10);
        browser.screenshot("03-recovery-codes");
        web.findElement(By.cssSelector("[data-continue]")).click();

        Map<String, String> greeting = Map.of("kk", "Қош келдіңіз", "ru", "Здравствуйте", "en", "Welcome");
        for (String language : new String[] {"kk", "ru", "en"}) {
            browser.open("/?lang=" + language);
            assertThat(web.findElement(By.tagName("h1")).getText()).startsWith(greeting.get(language));
            assertThat(web.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
            browser.screenshot("04-home-caseworker-" + language);
        }

        web.findElement(By.cssSelector("form[action$='/logout'] button")).click();
        browser.waitForPath("/login");
        browser.submitPassword(USERNAME, PASSWORD);
        browser.waitForPath("/login/two-factor");
        browser.screenshot("05-code-en");
        browser.submitCode(secret);
        // signed in again: the page speaks the user's saved language (Kazakh), whatever was chosen before
        browser.until(d -> d.findElement(By.tagName("h1")).getText()
                .startsWith(greeting.get("kk")));
        browser.screenshot("06-home-after-code-kk");
    }
}
