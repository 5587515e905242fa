package kz.tendik.browser;

import java.time.Duration;

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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A centre manager sets a supervisor's team on {@code /admin/teams} (decision 0026): the new caseworker is first
 * listed as in no team, the manager ticks her into the supervisor's team and saves, the page says so and lists her
 * there; the page is then read in Kazakh and English too (screenshots in all three languages).
 */
@Tag("browser")
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamJourneyTest {

    private static final String PASSWORD = "Bayanaul-Pines-Dawn-2026";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    TwoFactor twoFactor;

    private Browser browser;
    private String managerSecret;
    private long supervisorId;
    private long caseworkerId;

    @BeforeAll
    void start() throws Exception {
        OrgUnit centre = accounts.findByUsername("caseworker.astana").orElseThrow().toCurrentUser().orgUnit();
        supervisorId = user("browser.team.sv", "Жанар Омарова", Role.SUPERVISOR, centre, "kk");
        caseworkerId = user("browser.team.cw", "Алия Қасымова", Role.CASEWORKER, centre, "kk");
        long managerId = user("browser.team.mg", "Марина Ли", Role.CENTRE_MANAGER, centre, "ru");
        managerSecret = twoFactor.begin(managerId);
        assertThat(twoFactor.confirm(managerId, Browser.totp(managerSecret))).hasSize(10);
        browser = new Browser();
    }

    private long user(String username, String name, Role role, OrgUnit unit, String language) {
        return accounts.findByUsername(username).map(a -> a.id()).orElseGet(() -> accounts.create(username, name,
                passwords.encode(PASSWORD), role, unit, language));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aManagerPutsACaseworkerInASupervisorsTeam() throws Exception {
        WebDriver web = browser.driver();
        browser.signIn(url(""), "browser.team.mg", PASSWORD, managerSecret, "ru");

        web.get(url("/admin/teams"));
        assertThat(web.findElement(By.tagName("h1")).getText()).isEqualTo("Команды супервизоров");
        assertThat(web.findElement(By.cssSelector("section.unsupervised")).getText()).contains("browser.team.cw");
        WebElement box = teamCheckbox(web);
        assertThat(box.isSelected()).isFalse();
        box.click();
        web.findElement(By.cssSelector("#team-" + supervisorId + " button[type=submit]")).click();
        new WebDriverWait(web, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.cssSelector("p.alert.info")).isEmpty());
        assertThat(teamCheckbox(web).isSelected()).isTrue();
        assertThat(web.findElements(By.cssSelector("section.unsupervised")))
                .noneMatch(section -> section.getText().contains("browser.team.cw"));
        browser.screenshot("50-team-saved-ru");

        for (String language : new String[] {"kk", "en"}) {
            web.get(url("/admin/teams?lang=" + language));
            assertThat(teamCheckbox(web).isSelected()).isTrue();
            browser.screenshot("51-teams-" + language);
        }
        assertThat(web.findElement(By.tagName("h1")).getText()).isEqualTo("Supervisors' teams");
    }

    private WebElement teamCheckbox(WebDriver web) {
        return web.findElement(By.cssSelector("#team-" + supervisorId + " input[name=caseworkerIds][value='"
                + caseworkerId + "']"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
