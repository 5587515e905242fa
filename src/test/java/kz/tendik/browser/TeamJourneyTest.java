package kz.tendik.browser;

import kz.tendik.identity.OrgUnit;
import kz.tendik.identity.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A centre manager sets a supervisor's team on {@code /admin/teams} (decision 0026): the new caseworker is first
 * listed as in no team, the manager ticks her into the supervisor's team and saves, the page says so and lists her
 * there; the page is then read in Kazakh and English too (screenshots in all three languages).
 */
@BrowserJourney
class TeamJourneyTest {

    private static final String PASSWORD = "Bayanaul-Pines-Dawn-2026";

    private Browser browser;
    private String managerSecret;
    private long supervisorId;
    private long caseworkerId;

    @BeforeAll
    void start(Browser browser, JourneyAccounts users) throws Exception {
        this.browser = browser;
        OrgUnit centre = users.unitOf("caseworker.astana");
        supervisorId = users.user("browser.team.sv", "Жанар Омарова", PASSWORD, Role.SUPERVISOR, centre, "kk");
        caseworkerId = users.user("browser.team.cw", "Алия Қасымова", PASSWORD, Role.CASEWORKER, centre, "kk");
        managerSecret = users.enrol(users.user("browser.team.mg", "Марина Ли", PASSWORD, Role.CENTRE_MANAGER, centre,
                "ru"));
    }

    @Test
    void aManagerPutsACaseworkerInASupervisorsTeam() throws Exception {
        WebDriver web = browser.driver();
        browser.signIn("browser.team.mg", PASSWORD, managerSecret, "ru");

        browser.open("/admin/teams");
        assertThat(web.findElement(By.tagName("h1")).getText()).isEqualTo("Команды супервизоров");
        assertThat(web.findElement(By.cssSelector("section.unsupervised")).getText()).contains("browser.team.cw");
        WebElement box = teamCheckbox(web);
        assertThat(box.isSelected()).isFalse();
        box.click();
        web.findElement(By.cssSelector("#team-" + supervisorId + " button[type=submit]")).click();
        browser.until(d -> !d.findElements(By.cssSelector("p.alert.info")).isEmpty());
        assertThat(teamCheckbox(web).isSelected()).isTrue();
        assertThat(web.findElements(By.cssSelector("section.unsupervised")))
                .noneMatch(section -> section.getText().contains("browser.team.cw"));
        browser.screenshot("50-team-saved-ru");

        for (String language : new String[] {"kk", "en"}) {
            browser.open("/admin/teams?lang=" + language);
            assertThat(teamCheckbox(web).isSelected()).isTrue();
            browser.screenshot("51-teams-" + language);
        }
        assertThat(web.findElement(By.tagName("h1")).getText()).isEqualTo("Supervisors' teams");
    }

    private WebElement teamCheckbox(WebDriver web) {
        return web.findElement(By.cssSelector("#team-" + supervisorId + " input[name=caseworkerIds][value='"
                + caseworkerId + "']"));
    }
}
