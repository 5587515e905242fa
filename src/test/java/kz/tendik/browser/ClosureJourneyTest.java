package kz.tendik.browser;

import java.time.LocalDate;
import java.util.List;

import kz.tendik.cases.casefile.FamilyCategory;
import kz.tendik.cases.file.CaseFiles;
import kz.tendik.cases.registry.SurvivorRegistry;
import kz.tendik.cases.survivor.ChannelKind;
import kz.tendik.cases.survivor.ContactChannel;
import kz.tendik.cases.survivor.DisplacementStatus;
import kz.tendik.cases.survivor.MaritalStatus;
import kz.tendik.cases.survivor.Sex;
import kz.tendik.cases.survivor.SurvivorProfile;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.OrgUnit;
import kz.tendik.identity.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Closing a case in the browser, one language per person: the caseworker (Kazakh) sends an incomplete checklist
 * (htmx puts every missing item on its field), then a complete one; her supervisor (Russian; the caseworker is in her
 * team) sees the pending banner and approves; the centre manager (English) sees the closed, read-only case and places
 * a legal hold.
 */
@BrowserJourney
class ClosureJourneyTest {

    private static final String PASSWORD = "Kokshetau-Autumn-Rain-2026";

    @Autowired
    kz.tendik.identity.admin.SupervisionStore supervision;
    @Autowired
    SurvivorRegistry registry;
    @Autowired
    CaseFiles files;

    private Browser browser;
    private long caseId;

    private record Person(String username, String secret) {
    }

    private Person caseworker;
    private Person supervisor;
    private Person manager;

    @BeforeAll
    void start(Browser browser, JourneyAccounts users) throws Exception {
        this.browser = browser;
        OrgUnit centre = users.unitOf("caseworker.astana");
        caseworker = person(users, "browser.closure.cw", "Гүлнар Сапарова", Role.CASEWORKER, centre, "kk");
        supervisor = person(users, "browser.closure.sv", "Ольга Ким", Role.SUPERVISOR, centre, "ru");
        manager = person(users, "browser.closure.mg", "Dana Yesenova", Role.CENTRE_MANAGER, centre, "en");
        // the supervisor approves the caseworker's request: the caseworker is in her team (decision 0026)
        supervision.add(users.id(supervisor.username()), users.id(caseworker.username()), null, java.time.Instant.now());
        CurrentUser worker = users.current(caseworker.username());
        // a name and phone of her own, so the duplicate check of registration finds nobody
        kz.tendik.cases.CaseTestData.Person her = kz.tendik.cases.CaseTestData.person();
        long survivor = registry.register(worker, new SurvivorProfile(her.name(), null, null,
                LocalDate.of(1992, 4, 18), null, null, Sex.FEMALE, MaritalStatus.MARRIED_OR_COHABITING,
                DisplacementStatus.RESIDENT, List.of("kk"), false, null, "KZ", 1,
                List.of(new ContactChannel(ChannelKind.PHONE, her.phone(), true, false, false)),
                null, null), null, List.of()).id();
        caseId = files.open(worker, new CaseFiles.Opening(survivor, null, FamilyCategory.C), null).id();
    }

    private static Person person(JourneyAccounts users, String username, String name, Role role, OrgUnit unit,
                                 String language) throws Exception {
        return new Person(username, users.enrol(users.user(username, name, PASSWORD, role, unit, language)));
    }

    @Test
    void aCaseIsAskedToCloseApprovedAndHeld() throws Exception {
        WebDriver web = browser.driver();
        String casePath = "/cases/" + caseId;

        signIn(caseworker, "kk");
        browser.open(casePath + "?lang=kk#closure");
        new Select(web.findElement(By.name("survivorWish"))).selectByValue("AGREES_TO_CLOSE");
        web.findElement(By.cssSelector("form.closure-request button[type=submit]")).click();
        browser.until(d -> d.findElements(By.cssSelector("#closure .field-error")).size() >= 3);
        assertThat(web.findElements(By.cssSelector("#closure .field-error"))).extracting(WebElement::getText)
                .contains("Жабу себебін таңдаңыз.", "Жәбірленушінің қауіпсіздік мәселелері шешілмеген.");
        browser.screenshotAt("closure", "closure-0-checklist-errors-kk");
        web.findElement(By.id("safetyAddressed1")).click();
        web.findElement(By.id("servicesDoneOrDeclined1")).click();
        new Select(web.findElement(By.cssSelector("form.closure-request [name=reason]"))).selectByValue("NEEDS_MET");
        web.findElement(By.cssSelector("form.closure-request [name=note]")).sendKeys("Жағдайы тұрақты, психолог кеңесі аяқталды.");
        web.findElement(By.cssSelector("form.closure-request button[type=submit]")).click();
        browser.until(d -> !d.findElements(By.cssSelector(".pending-banner")).isEmpty());
        browser.screenshotAt("closure", "closure-1-requested-kk");
        browser.signOut();

        signIn(supervisor, "ru");
        browser.open(casePath + "?lang=ru");
        assertThat(web.findElement(By.cssSelector(".pending-banner")).getText()).contains("Закрытие ждёт утверждения");
        browser.open(casePath + "#closure");
        browser.screenshotAt("closure", "closure-2-pending-approval-ru");
        web.findElement(By.xpath("//section[@id='closure']//button[contains(., 'Утвердить и закрыть')]")).click();
        browser.until(d -> !d.findElements(By.cssSelector(".closed-banner")).isEmpty());
        assertThat(web.findElement(By.cssSelector("dl.case-facts")).getText()).contains("Закрыт");
        browser.screenshotAt("closure", "closure-3-case-closed-ru");
        browser.signOut();

        signIn(manager, "en");
        browser.open(casePath + "?lang=en#closure");
        assertThat(web.findElements(By.cssSelector("#notes form"))).allMatch(f -> !f.isDisplayed());
        web.findElement(By.cssSelector("#closure textarea[name=reason]#hold-reason")).sendKeys("Court request No. 2-1234/2026");
        web.findElement(By.xpath("//section[@id='closure']//button[contains(., 'Place a legal hold')]")).click();
        browser.until(d -> !d.findElements(By.cssSelector(".legal-hold-banner")).isEmpty());
        assertThat(web.findElement(By.cssSelector("#closure")).getText()).contains("Nothing is removed while the legal hold is on.");
        browser.screenshotAt("closure", "closure-4-case-closed-legal-hold-en");
    }

    private void signIn(Person person, String language) throws Exception {
        browser.signIn(person.username(), PASSWORD, person.secret(), language);
    }
}
