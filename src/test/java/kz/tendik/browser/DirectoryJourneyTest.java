package kz.tendik.browser;

import java.util.List;

import kz.tendik.identity.OrgUnit;
import kz.tendik.identity.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator with two-factor opens a new family support centre in the directory, in Russian: a form with
 * mistakes comes back with translated errors on the fields, the corrected form saves, the centre appears in its
 * region's list, and it is deactivated.
 */
@BrowserJourney
class DirectoryJourneyTest {

    private static final String USERNAME = "browser.admin";
    private static final String PASSWORD = "Burabay-Lakes-Morning-2026";

    private Browser browser;
    private String secret;

    @BeforeAll
    void start(Browser browser, JourneyAccounts users) throws Exception {
        this.browser = browser;
        secret = users.enrol(users.user(USERNAME, "Серік Әбенов", PASSWORD, Role.ADMIN, OrgUnit.NATIONAL, "ru"));
    }

    @Test
    void anAdministratorOpensAndClosesACentre() throws Exception {
        WebDriver web = browser.driver();
        browser.signIn(USERNAME, PASSWORD, secret, "ru");

        browser.open("/directory/centres/new");
        new Select(web.findElement(By.name("regionCode"))).selectByValue("KZ-11");
        web.findElement(By.name("nameRu")).sendKeys("Центр поддержки семьи города Щучинска");
        web.findElement(By.name("phone")).sendKeys("позвоните мне");
        web.findElement(By.cssSelector("form.grid button[type=submit]")).click();

        List<WebElement> errors = web.findElements(By.cssSelector(".field-error"));
        assertThat(errors).extracting(WebElement::getText).contains("Обязательное поле.")
                .anyMatch(text -> text.contains("+7"));
        browser.screenshot("10-centre-form-errors-ru");

        browser.fill("nameKk", "Щучинск қаласының отбасын қолдау орталығы");
        browser.fill("nameEn", "Shchuchinsk Family Support Centre");
        browser.fill("locality", "Щучинск");
        browser.fill("address", "ул. Абылай хана, 34");
        browser.fill("phone", "+7 71636 4 12 12");
        browser.fill("openingHours", "Mo-Fr 09:00-18:00");
        web.findElement(By.cssSelector("form.grid button[type=submit]")).click();
        browser.until(d -> d.getCurrentUrl().matches(".*/directory/centres/\\d+$"));
        assertThat(web.findElement(By.tagName("h1")).getText()).isEqualTo("Центр поддержки семьи города Щучинска");
        browser.screenshot("11-centre-saved-ru");
        String centrePath = java.net.URI.create(web.getCurrentUrl()).getPath();

        web.findElement(By.cssSelector("form[action$='/active'] button")).click();
        browser.waitForPath(centrePath);
        assertThat(web.findElement(By.cssSelector("dl.details")).getText()).contains("Не действует");
        browser.screenshot("12-centre-deactivated-ru");

        browser.open("/directory/centres?region=KZ-11&lang=kk");
        assertThat(browser.mainText()).contains("Щучинск қаласының отбасын қолдау орталығы");
        browser.screenshot("13-centres-akmola-kk");
    }
}
