package kz.tendik.browser;

import java.time.Duration;
import java.util.List;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.time.SystemTimeProvider;
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
 * An administrator with two-factor opens a new family support centre in the directory, in Russian: a form with
 * mistakes comes back with translated errors on the fields, the corrected form saves, the centre appears in its
 * region's list, and it is deactivated.
 */
@Tag("browser")
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectoryJourneyTest {

    private static final String USERNAME = "browser.admin";
    private static final String PASSWORD = "Burabay-Lakes-Morning-2026";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    TwoFactor twoFactor;

    private Browser browser;
    private String secret;

    @BeforeAll
    void start() throws Exception {
        long id = accounts.findByUsername(USERNAME).map(a -> a.id()).orElseGet(() -> accounts.create(USERNAME,
                "Серік Әбенов", passwords.encode(PASSWORD), Role.ADMIN, OrgUnit.NATIONAL, "ru"));
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
    void anAdministratorOpensAndClosesACentre() throws Exception {
        WebDriver web = browser.driver();
        web.get(url("/login?lang=ru"));
        web.findElement(By.name("username")).sendKeys(USERNAME);
        web.findElement(By.name("password")).sendKeys(PASSWORD);
        web.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
        waitForPath(web, "/login/two-factor");
        web.findElement(By.name("code")).sendKeys(code(secret));
        web.findElement(By.cssSelector("form[action$='/login/two-factor'] button[type=submit]")).click();
        waitForPath(web, "/");

        web.get(url("/directory/centres/new"));
        new Select(web.findElement(By.name("regionCode"))).selectByValue("KZ-11");
        web.findElement(By.name("nameRu")).sendKeys("Центр поддержки семьи города Щучинска");
        web.findElement(By.name("phone")).sendKeys("позвоните мне");
        web.findElement(By.cssSelector("form.grid button[type=submit]")).click();

        List<WebElement> errors = web.findElements(By.cssSelector(".field-error"));
        assertThat(errors).extracting(WebElement::getText).contains("Обязательное поле.")
                .anyMatch(text -> text.contains("+7"));
        browser.screenshot("10-centre-form-errors-ru");

        fill(web, "nameKk", "Щучинск қаласының отбасын қолдау орталығы");
        fill(web, "nameEn", "Shchuchinsk Family Support Centre");
        fill(web, "locality", "Щучинск");
        fill(web, "address", "ул. Абылай хана, 34");
        fill(web, "phone", "+7 71636 4 12 12");
        fill(web, "openingHours", "Mo-Fr 09:00-18:00");
        web.findElement(By.cssSelector("form.grid button[type=submit]")).click();
        new WebDriverWait(web, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().matches(".*/directory/centres/\\d+$"));
        assertThat(web.findElement(By.tagName("h1")).getText()).isEqualTo("Центр поддержки семьи города Щучинска");
        browser.screenshot("11-centre-saved-ru");
        String centrePath = java.net.URI.create(web.getCurrentUrl()).getPath();

        web.findElement(By.cssSelector("form[action$='/active'] button")).click();
        waitForPath(web, centrePath);
        assertThat(web.findElement(By.cssSelector("dl.details")).getText()).contains("Не действует");
        browser.screenshot("12-centre-deactivated-ru");

        web.get(url("/directory/centres?region=KZ-11&lang=kk"));
        assertThat(web.findElement(By.tagName("main")).getText()).contains("Щучинск қаласының отбасын қолдау орталығы");
        browser.screenshot("13-centres-akmola-kk");
    }

    private static void fill(WebDriver web, String field, String value) {
        WebElement input = web.findElement(By.name(field));
        input.clear();
        input.sendKeys(value);
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
