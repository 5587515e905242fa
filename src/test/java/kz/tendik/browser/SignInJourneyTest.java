package kz.tendik.browser;

import java.time.Duration;
import java.util.Map;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.time.SystemTimeProvider;
import kz.tendik.identity.OrgUnit;
import kz.tendik.identity.Role;
import kz.tendik.identity.account.UserAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main journey of a new caseworker in a real browser: sign in, be made to enrol two-factor (the role sees
 * cases), scan — here: read — the secret, confirm with a code, keep the recovery codes, see the home page in
 * Kazakh, Russian and English; sign out and sign in again with password and code.
 */
@Tag("browser")
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInJourneyTest {

    private static final String USERNAME = "browser.caseworker";
    private static final String PASSWORD = "Qazaq-steppe-Horizon-2026";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder passwords;

    private Browser browser;

    @BeforeAll
    void start() throws Exception {
        if (accounts.findByUsername(USERNAME).isEmpty()) {
            long centre = accounts.findByUsername("caseworker.astana").orElseThrow().orgUnit().centreId();
            accounts.create(USERNAME, "Айжан Серікова", passwords.encode(PASSWORD), Role.CASEWORKER,
                    OrgUnit.centre("KZ-71", centre), "kk");
        }
        browser = new Browser();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aNewCaseworkerEnrolsTwoFactorAndSeesHomeInEveryLanguage() throws Exception {
        WebDriver web = browser.driver();
        web.get(url("/login?lang=en"));
        browser.screenshot("01-login-en");
        signIn(web);

        // the role sees cases: enrolment comes before anything else
        waitForPath(web, "/account/two-factor");
        browser.screenshot("02-enrol-two-factor");
        String secret = web.findElement(By.cssSelector("[data-secret]")).getAttribute("data-secret");
        web.findElement(By.name("code")).sendKeys(code(secret));
        web.findElement(By.cssSelector("form[data-enrol] button[type=submit]")).click();
        assertThat(web.findElements(By.cssSelector(".codes li"))).hasSize(10);
        browser.screenshot("03-recovery-codes");
        web.findElement(By.cssSelector("[data-continue]")).click();

        Map<String, String> greeting = Map.of("kk", "Қош келдіңіз", "ru", "Здравствуйте", "en", "Welcome");
        for (String language : new String[] {"kk", "ru", "en"}) {
            web.get(url("/?lang=" + language));
            assertThat(web.findElement(By.tagName("h1")).getText()).startsWith(greeting.get(language));
            assertThat(web.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
            browser.screenshot("04-home-caseworker-" + language);
        }

        web.findElement(By.cssSelector("form[action$='/logout'] button")).click();
        waitForPath(web, "/login");
        signIn(web);
        waitForPath(web, "/login/two-factor");
        browser.screenshot("05-code-en");
        web.findElement(By.name("code")).sendKeys(code(secret));
        web.findElement(By.cssSelector("form[action$='/login/two-factor'] button[type=submit]")).click();
        // signed in again: the page speaks the user's saved language (Kazakh), whatever was chosen before
        new WebDriverWait(web, Duration.ofSeconds(10)).until(d -> d.findElement(By.tagName("h1")).getText()
                .startsWith(greeting.get("kk")));
        browser.screenshot("06-home-after-code-kk");
    }

    private static void waitForPath(WebDriver web, String path) {
        new WebDriverWait(web, Duration.ofSeconds(10)).until(d -> java.net.URI.create(d.getCurrentUrl()).getPath().equals(path));
    }

    private void signIn(WebDriver web) {
        web.findElement(By.name("username")).sendKeys(USERNAME);
        web.findElement(By.name("password")).sendKeys(PASSWORD);
        web.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
    }

    private static String code(String secret) throws Exception {
        long step = new SystemTimeProvider().getTime() / 30;
        return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
