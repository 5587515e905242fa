package kz.tendik.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kz.tendik.cases.CaseTestData;
import kz.tendik.cases.PlainTextScan;
import kz.tendik.cases.casefile.CaseStage;
import kz.tendik.cases.casefile.ReferralPurpose;
import kz.tendik.cases.referral.ProviderServices;
import kz.tendik.cases.referral.ReferralStatus;
import kz.tendik.directory.ProviderKind;
import kz.tendik.identity.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new caseworker of the Astana centre, signed in with two-factor, works a case from intake to follow-up in one
 * language per run (Kazakh, Russian, English): the search by IIN finds nobody; submitting the new survivor's form runs
 * the duplicate check again with everything typed, which finds a namesake with a colleague's case (shown by initials
 * and case number only); the caseworker says none of them is her and the survivor is registered (the audit log keeps
 * it); a second search finds her; her phone is changed in the profile form of the case page (htmx) and the timeline
 * names the change without the number; an incident is classified question by question (physical assault); a risk assessment
 * comes out high; her home shows the case as high risk without a safety plan; a safety plan and a protective order
 * are recorded; a referral is refused without her consent for that service, then made with it, accepted and done;
 * a follow-up is added; the home and the list show the case by number and initials; the caseworker asks to close
 * the case and supervisor.astana approves. Afterwards no table of the database holds her name, IIN, phone,
 * address, the incident account or the code word in plain text.
 */
@BrowserJourney
class CaseJourneyTest {

    private static final String PASSWORD = "Kaindy-Lake-Spruce-2026";
    private static final String DEMO_PASSWORD = System.getenv().getOrDefault("TENDIK_DEMO_PASSWORD", "tendik-demo-2026");
    private static final ZoneId KZ = ZoneId.of("Asia/Almaty");

    @Autowired
    kz.tendik.identity.admin.SupervisionStore supervision;
    @Autowired
    MessageSource messages;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    kz.tendik.cases.registry.SurvivorRegistry registry;
    @Autowired
    kz.tendik.cases.file.CaseFiles files;

    private Browser browser;
    private JourneyAccounts users;

    @BeforeAll
    void start(Browser browser, JourneyAccounts users) {
        this.browser = browser;
        this.users = users;
    }

    @AfterAll
    void stop() {
        // the demo supervisor was enrolled for the approval step: leave her as the other journeys expect her
        users.twoFactor().remove(users.id("supervisor.astana"));
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"kk", "ru", "en"})
    void aCaseworkerWorksACaseFromIntakeToClosure(String language) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                List.of(System.getProperty("journey.languages", "kk,ru,en").split(",")).contains(language));
        Locale locale = Locale.forLanguageTag(language);
        WebDriver web = browser.driver();
        browser.signOut();
        String username = "journey." + language;
        String secret = caseworker(username, language);
        CaseTestData.Person person = CaseTestData.person();
        String narrative = "Кеше кешке күйеуі ұрып, телефонын тартып алды " + person.iin().substring(6);
        String codeWord = "Көк шәугім " + person.iin().substring(4);
        LocalDate today = LocalDate.now(KZ);

        browser.signIn(username, PASSWORD, secret, language);
        assertThat(browser.mainText()).contains(msg("cases.work.title", locale));

        // someone else of the same name already has a case of a colleague at the centre
        long namesakeCase = namesake(person);
        String namesakeNumber = jdbc.sql("SELECT case_number FROM case_file WHERE id = ?").param(namesakeCase)
                .query(String.class).single();

        // intake: the search first (by IIN: nobody)
        browser.open("/cases/intake");
        web.findElement(By.name("iin")).sendKeys(person.iin());
        web.findElement(By.cssSelector("form.toolbar button[type=submit]")).click();
        browser.waitForText(msg("cases.intake.noDuplicates", locale));
        browser.screenshot("cases-journey-" + language + "-01-no-duplicates");
        web.findElement(By.cssSelector("#matches a.button.primary")).click();
        browser.waitForPath("/cases/intake/new");
        browser.fill("fullName", person.name());
        assertThat(web.findElement(By.name("iin")).getAttribute("value")).isEqualTo(person.iin());
        browser.setValue("dateOfBirth", person.born());
        new Select(web.findElement(By.name("sex"))).selectByValue("FEMALE");
        web.findElement(By.cssSelector("input[name='languages'][value='kk']")).click();
        web.findElement(By.cssSelector("input[name='languages'][value='ru']")).click();
        new Select(web.findElement(By.name("citizenship"))).selectByValue("KZ");
        browser.fill("phone", person.phone());
        browser.fill("safeAddress", person.address());
        browser.screenshot("cases-journey-" + language + "-02-survivor-form");
        long casesBefore = casesOpenedBy(username);
        web.findElement(By.cssSelector("form.grid button[type=submit].primary")).click();

        // the duplicate check of registration: the namesake, by initials and case number; none of them is her
        browser.until(Duration.ofSeconds(15), d -> !d.findElements(By.id("duplicate-check")).isEmpty());
        assertThat(web.findElement(By.id("duplicate-check")).getText())
                .contains(msg("cases.intake.check.title", locale), namesakeNumber,
                        kz.tendik.cases.survivor.Initials.of(person.name()), msg("cases.index.FULL_NAME", locale))
                .doesNotContain(person.name());
        assertThat(casesOpenedBy(username)).as("nothing registered before the choice").isEqualTo(casesBefore);
        browser.screenshot("cases-journey-" + language + "-02b-possible-duplicate");
        browser.click(web.findElement(By.cssSelector("form.grid button.register-anyway")));
        browser.until(Duration.ofSeconds(15), d -> d.getCurrentUrl().matches(".*/cases/\\d+$"));
        String casePath = java.net.URI.create(web.getCurrentUrl()).getPath();
        long caseId = Long.parseLong(casePath.substring("/cases/".length()));
        String caseNumber = jdbc.sql("SELECT case_number FROM case_file WHERE id = ?").param(caseId)
                .query(String.class).single();
        long survivorId = CaseTestData.survivorOf(jdbc, caseId);
        long namesakeId = CaseTestData.survivorOf(jdbc, namesakeCase);
        assertThat(survivorId).isNotEqualTo(namesakeId);
        assertThat(jdbc.sql("""
                SELECT purpose FROM audit_entry WHERE action = 'survivor.duplicates-dismissed' AND object_id = ?""")
                .param(String.valueOf(survivorId)).query(String.class).list()).containsExactly("reviewed:" + namesakeId);
        assertThat(browser.mainText()).contains(person.name(), caseNumber,
                Locale.forLanguageTag("kk").getDisplayLanguage(locale),
                new Locale.Builder().setRegion("KZ").build().getDisplayCountry(locale));
        browser.screenshot("cases-journey-" + language + "-03-case-opened");

        // a second intake with the same IIN finds her
        browser.open("/cases/intake?iin=" + person.iin());
        assertThat(web.findElement(By.id("matches")).getText()).contains(caseNumber,
                kz.tendik.cases.survivor.Initials.of(person.name())).doesNotContain(person.name());
        browser.screenshot("cases-journey-" + language + "-04-duplicate-found");

        // her phone changes: the profile form of the case page, loaded when its fold is opened
        String newPhone = CaseTestData.person().phone();
        browser.open(casePath);
        browser.click(web.findElement(By.cssSelector("#profile details.lazy-form summary")));
        browser.until(Duration.ofSeconds(15),
                d -> !d.findElements(By.cssSelector("#profile-form input[name='contacts[0].value']")).isEmpty());
        assertThat(web.findElement(By.name("contacts[0].value")).getAttribute("value")).isEqualTo(person.phone());
        browser.fill("contacts[0].value", newPhone);
        browser.click(web.findElement(By.cssSelector("#profile-form input[name='contacts[0].safeToText']")));
        browser.screenshotAt("contact-channels", "cases-journey-" + language + "-04b-profile-form");
        browser.click(web.findElement(By.cssSelector("#profile-form button[type=submit]")));
        browser.until(Duration.ofSeconds(15), d -> d.findElement(By.id("profile")).getText().contains(newPhone));
        assertThat(web.findElement(By.id("profile")).getText()).doesNotContain(person.phone());
        browser.open(casePath);
        assertThat(web.findElement(By.id("timeline")).getText())
                .contains(msg("cases.event.SURVIVOR_UPDATED", locale), msg("cases.eventDetail.CONTACTS", locale))
                .doesNotContain(newPhone);

        // incident, classified question by question
        browser.open(casePath + "/incidents/new");
        browser.setValue("incidentDate", today.minusDays(1));
        browser.setValue("reportDate", today);
        new Select(web.findElement(By.name("timeOfDay"))).selectByValue("EVENING_OR_NIGHT");
        new Select(web.findElement(By.name("regionCode"))).selectByValue("KZ-71");
        new Select(web.findElement(By.name("locationType"))).selectByValue("SHARED_HOME");
        answer(web, "RAPE", false, "SEXUAL_ASSAULT");
        answer(web, "SEXUAL_ASSAULT", false, "PHYSICAL_ASSAULT");
        web.findElement(By.cssSelector("input[name='answers[PHYSICAL_ASSAULT]'][value='true']")).click();
        browser.until(d -> !d.findElements(By.cssSelector("#classification .decided")).isEmpty());
        assertThat(web.findElement(By.cssSelector("#classification .decided")).getText())
                .contains(msg("cases.gbvType.PHYSICAL_ASSAULT", locale));
        assertThat(web.findElements(By.name("timeOfDay"))).as("one time-of-day field after classifying: "
                + browser.script("""
                return document.forms.length + ' forms; ' + Array.from(document.getElementsByName('timeOfDay'))
                    .map(e => { let p = []; for (let n = e; n; n = n.parentElement) p.push(n.tagName + (n.id ? '#' + n.id : ''));
                                return p.join('<'); }).join(' || ');""")).hasSize(1);
        web.findElement(By.name("narrative")).sendKeys(narrative);
        new Select(web.findElement(By.name("perpetrators[0].relationship"))).selectByValue("SPOUSE");
        new Select(web.findElement(By.name("perpetrators[0].sex"))).selectByValue("MALE");
        new Select(web.findElement(By.name("perpetrators[0].ageGroup"))).selectByValue("AGE_26_40");
        new Select(web.findElement(By.name("perpetrators[0].occupation"))).selectByIndex(1);
        browser.screenshot("cases-journey-" + language + "-05-incident-classified");
        web.findElement(By.cssSelector("form.grid .actions button.primary")).click();
        browser.waitForPath(casePath);
        assertThat(web.findElement(By.id("incidents")).getText()).contains(msg("cases.gbvType.PHYSICAL_ASSAULT", locale));

        // risk assessment: every factor present, so high
        browser.open(casePath + "/risk-assessments/new");
        browser.until(Duration.ofSeconds(15), d -> "complete".equals(browser.script("return document.readyState")));
        int questions = web.findElements(By.cssSelector("fieldset.risk-answers")).size();
        assertThat(questions).isGreaterThanOrEqualTo(14);
        for (WebElement yes : web.findElements(By.cssSelector("input[type=radio][value='YES']"))) {
            browser.click(yes);
        }
        assertThat(web.findElements(By.cssSelector("input[type=radio][value='YES']:checked"))).hasSize(questions);
        browser.screenshot("cases-journey-" + language + "-06-risk-assessment");
        web.findElement(By.cssSelector("form .actions button.primary, form button[type=submit].primary")).click();
        browser.waitForPath(casePath);
        assertThat(web.findElement(By.id("risk")).getText()).contains(msg("cases.riskLevel.HIGH", locale));
        browser.screenshot("cases-journey-" + language + "-07-risk-high");

        // the home now asks for a safety plan
        browser.open("/");
        assertThat(web.findElement(By.cssSelector(".work-high-risk-without-plan")).getText()).contains(caseNumber);
        browser.screenshot("cases-journey-" + language + "-08-home-high-risk");

        // safety plan
        browser.open(casePath + "/safety-plan");
        browser.fill("safeContacts", "Сіңлісі, 18:00-ден кейін");
        browser.fill("safePlaces", "Дағдарыс орталығы");
        browser.fill("codeWord", codeWord);
        browser.fill("documentsReady", "Жеке куәлік, балалардың туу туралы куәліктері");
        web.findElement(By.cssSelector("form button[type=submit].primary")).click();
        browser.waitForPath(casePath);

        // protective order
        browser.open(casePath + "/protective-measures/new");
        new Select(web.findElement(By.name("type"))).selectByValue("PROTECTIVE_ORDER");
        browser.setValue("startsAt", today.minusDays(26).atTime(9, 0));
        web.findElement(By.cssSelector("form button[type=submit].primary")).click();
        browser.waitForPath(casePath);
        assertThat(web.findElement(By.id("measures")).getText()).contains(msg("cases.measure.type.PROTECTIVE_ORDER", locale));

        // referral: refused without the survivor's consent for that service, then made with it and accepted
        long providerId = jdbc.sql("""
                SELECT id FROM service_provider WHERE region_code = 'KZ-71' AND active ORDER BY id LIMIT 1""")
                .query(Long.class).single();
        ReferralPurpose service = ProviderServices.serviceOf(ProviderKind.valueOf(jdbc.sql(
                "SELECT kind FROM service_provider WHERE id = ?").param(providerId).query(String.class).single()));
        refer(web, providerId);
        browser.until(d -> !d.findElements(By.cssSelector("#referral-form .field-error")).isEmpty());
        assertThat(web.findElement(By.cssSelector("#referral-form .field-error")).getText())
                .contains(msg(service.messageKey(), locale));
        browser.screenshotAt("referral-form", "cases-journey-" + language + "-10-referral-refused");
        browser.open(casePath + "#consents");
        new Select(web.findElement(By.name("purpose"))).selectByValue("REFERRAL");
        new Select(web.findElement(By.name("referralTo"))).selectByValue(service.name());
        web.findElement(By.cssSelector("form[action$='/consents'] input[name='given'][value='true']")).click();
        web.findElement(By.cssSelector("form[action$='/consents'] button[type=submit]")).click();
        browser.waitForPath(casePath);
        refer(web, providerId);
        browser.until(Duration.ofSeconds(15),
                d -> !d.findElements(By.cssSelector("#referrals table.referrals tbody tr")).isEmpty());
        WebElement row = web.findElement(By.cssSelector("#referrals table.referrals tbody tr"));
        // the provider's answer, in the row's folded form: opened, "accepted" chosen, date and who answered
        browser.script("arguments[0].open = true;", row.findElement(By.cssSelector("details")));
        browser.script("arguments[0].checked = true;",
                row.findElement(By.cssSelector("details input[name='status'][value='ACCEPTED']")));
        browser.setValue(row.findElement(By.cssSelector("details input[name='answeredOn']")), today);
        browser.setValue(row.findElement(By.cssSelector("details input[name='answeredBy']")), "Айжан Серікова");
        browser.click(row.findElement(By.cssSelector("details button.primary")));
        browser.until(Duration.ofSeconds(15), d -> d.findElement(By.id("referrals")).getText()
                .contains(msg(ReferralStatus.ACCEPTED.messageKey(), locale)));
        browser.screenshotAt("referrals", "cases-journey-" + language + "-11-referral-accepted");
        browser.click(web.findElement(By.xpath(
                "//section[@id='referrals']//form[input[@name='status' and @value='DONE']]//button")));
        browser.until(Duration.ofSeconds(15), d -> d.findElement(By.id("referrals")).getText()
                .contains(msg(ReferralStatus.DONE.messageKey(), locale)));

        // a service provided, in the form that is loaded when its fold is opened
        browser.click(web.findElement(By.cssSelector("#services details.lazy-form summary")));
        browser.until(Duration.ofSeconds(15),
                d -> !d.findElements(By.cssSelector("#service-form select[name='workerId']")).isEmpty());
        new Select(web.findElement(By.cssSelector("#service-form select[name='service']"))).selectByValue(service.name());
        new Select(web.findElement(By.cssSelector("#service-form select[name='workerId']"))).selectByIndex(1);
        browser.setValue(web.findElement(By.cssSelector("#service-form input[name='providedOn']")), today);
        browser.click(web.findElement(By.cssSelector("#service-form button[type=submit]")));
        browser.until(Duration.ofSeconds(15),
                d -> !d.findElements(By.cssSelector("#services table tbody tr")).isEmpty());

        // follow-up
        browser.fill("title", "Мобильді топпен кездесуді келісу");
        browser.setValue("dueOn", today.plusDays(2));
        web.findElement(By.cssSelector("form[action$='/follow-ups'] button[type=submit]")).click();
        browser.waitForPath(casePath);
        browser.screenshot("cases-journey-" + language + "-12-case-after");

        // home: the order ends within 7 days; no high-risk case without a plan any more
        browser.open("/");
        assertThat(web.findElement(By.cssSelector(".work-expiring-measures")).getText()).contains(caseNumber);
        assertThat(web.findElement(By.cssSelector(".work-high-risk-without-plan")).getText()).doesNotContain(caseNumber);
        assertThat(browser.mainText()).doesNotContain(person.name());
        browser.screenshot("cases-journey-" + language + "-13-home");
        browser.open("/cases?risk=HIGH");
        assertThat(browser.mainText()).contains(caseNumber, kz.tendik.cases.survivor.Initials.of(person.name()))
                .doesNotContain(person.name());
        browser.screenshot("cases-journey-" + language + "-14-list-high-risk");

        // closure: asked by the caseworker, approved by supervisor.astana
        browser.open(casePath + "#closure");
        browser.click(web.findElement(By.id("safetyAddressed1")));
        browser.click(web.findElement(By.id("servicesDoneOrDeclined1")));
        new Select(web.findElement(By.name("survivorWish"))).selectByValue("AGREES_TO_CLOSE");
        new Select(web.findElement(By.cssSelector("form.closure-request [name=reason]"))).selectByValue("NEEDS_MET");
        browser.click(web.findElement(By.cssSelector("form.closure-request button[type=submit]")));
        browser.until(Duration.ofSeconds(15), d -> !d.findElements(By.cssSelector(".pending-banner")).isEmpty());
        browser.screenshotAt("closure", "cases-journey-" + language + "-15-closure-requested");
        browser.signOut();
        browser.signIn("supervisor.astana", DEMO_PASSWORD, users.enrol("supervisor.astana"), language);
        browser.open(casePath);
        browser.click(web.findElement(By.cssSelector("#closure form[action$='/closure/approve'] button.primary")));
        browser.until(Duration.ofSeconds(15), d -> !d.findElements(By.cssSelector(".closed-banner")).isEmpty());
        Locale supervisorLocale = users.current("supervisor.astana").locale();
        assertThat(web.findElement(By.cssSelector("dl.case-facts")).getText())
                .contains(msg(CaseStage.CLOSED.messageKey(), supervisorLocale));
        browser.screenshotAt("closure", "cases-journey-" + language + "-16-closure-approved");

        List<String> secrets = new ArrayList<>(List.of(person.name(), person.iin(), person.phone(),
                person.phone().replaceAll("\\D", ""), person.address(), narrative, codeWord, person.surname(),
                newPhone, newPhone.replaceAll("\\D", "")));
        assertThat(PlainTextScan.findings(jdbc, secrets)).isEmpty();
    }

    /**
     * Another woman of the same name (her own IIN, phone and address), registered with a case by caseworker.astana;
     * returns the case id.
     */
    private long namesake(CaseTestData.Person person) {
        CaseTestData.Person other = CaseTestData.person();
        kz.tendik.identity.CurrentUser colleague = users.current("caseworker.astana");
        long survivor = registry.register(colleague, new kz.tendik.cases.survivor.SurvivorProfile(person.name(), null,
                other.iin(), other.born(), null, null, kz.tendik.cases.survivor.Sex.FEMALE, null, null, List.of("kk"),
                null, null, "KZ", null, List.of(new kz.tendik.cases.survivor.ContactChannel(
                        kz.tendik.cases.survivor.ChannelKind.PHONE, other.phone(), true, false, false)),
                other.address(), null), null, List.of()).id();
        return files.open(colleague, new kz.tendik.cases.file.CaseFiles.Opening(survivor, null, null), null).id();
    }

    private long casesOpenedBy(String username) {
        return jdbc.sql("SELECT count(*) FROM case_file WHERE opened_by = (SELECT id FROM app_user WHERE username = ?)")
                .param(username).query(Long.class).single();
    }

    /** Refers to the provider through the referral form, which is loaded when its fold is opened. */
    private void refer(WebDriver web, long providerId) {
        if (web.findElements(By.id("referral-form")).isEmpty()) {
            browser.click(web.findElement(By.cssSelector("#referrals details.lazy-form summary")));
            browser.until(Duration.ofSeconds(15), d -> !d.findElements(By.id("providerId")).isEmpty());
        }
        WebElement provider = web.findElement(By.id("providerId"));
        browser.click(provider);
        new Select(provider).selectByValue(String.valueOf(providerId));
        browser.click(web.findElement(By.cssSelector("#referral-form button[type=submit].primary")));
    }

    private String caseworker(String username, String language) throws Exception {
        long id = users.user(username, "Динара Journey " + language, PASSWORD, Role.CASEWORKER,
                users.unitOf("caseworker.astana"), language);
        // supervisor.astana approves her closure: she is in her team (decision 0026)
        supervision.add(users.id("supervisor.astana"), id, null, java.time.Instant.now());
        return users.enrol(id);
    }

    private void answer(WebDriver web, String question, boolean value, String next) {
        web.findElement(By.cssSelector("input[name='answers[" + question + "]'][value='" + value + "']")).click();
        browser.until(d -> !d.findElements(By.cssSelector("input[name='answers[" + next + "]']")).isEmpty());
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
