package kz.tendik.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.time.SystemTimeProvider;
import kz.tendik.cases.CaseTestData;
import kz.tendik.cases.PlainTextScan;
import kz.tendik.cases.casefile.CaseStage;
import kz.tendik.cases.casefile.ReferralPurpose;
import kz.tendik.cases.referral.ProviderServices;
import kz.tendik.cases.referral.ReferralStatus;
import kz.tendik.directory.ProviderKind;
import kz.tendik.identity.OrgUnit;
import kz.tendik.identity.Role;
import kz.tendik.identity.account.UserAccounts;
import kz.tendik.identity.twofactor.TwoFactor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

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
@Tag("browser")
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseJourneyTest {

    private static final String PASSWORD = "Kaindy-Lake-Spruce-2026";
    private static final String DEMO_PASSWORD = System.getenv().getOrDefault("TENDIK_DEMO_PASSWORD", "tendik-demo-2026");
    private static final ZoneId KZ = ZoneId.of("Asia/Almaty");

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    TwoFactor twoFactor;
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

    @BeforeAll
    void start() throws Exception {
        browser = new Browser();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        // the demo supervisor was enrolled for the approval step: leave her as the other journeys expect her
        accounts.findByUsername("supervisor.astana").ifPresent(a -> twoFactor.remove(a.id()));
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"kk", "ru", "en"})
    void aCaseworkerWorksACaseFromIntakeToClosure(String language) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                List.of(System.getProperty("journey.languages", "kk,ru,en").split(",")).contains(language));
        Locale locale = Locale.forLanguageTag(language);
        WebDriver web = browser.driver();
        web.manage().deleteAllCookies();
        String username = "journey." + language;
        String secret = caseworker(username, language);
        CaseTestData.Person person = CaseTestData.person();
        String narrative = "Кеше кешке күйеуі ұрып, телефонын тартып алды " + person.iin().substring(6);
        String codeWord = "Көк шәугім " + person.iin().substring(4);
        LocalDate today = LocalDate.now(KZ);

        signIn(web, username, PASSWORD, secret, language);
        assertThat(text(web)).contains(msg("cases.work.title", locale));

        // someone else of the same name already has a case of a colleague at the centre
        long namesakeCase = namesake(person);
        String namesakeNumber = jdbc.sql("SELECT case_number FROM case_file WHERE id = ?").param(namesakeCase)
                .query(String.class).single();

        // intake: the search first (by IIN: nobody)
        web.get(url("/cases/intake"));
        web.findElement(By.name("iin")).sendKeys(person.iin());
        web.findElement(By.cssSelector("form.toolbar button[type=submit]")).click();
        waitForText(web, msg("cases.intake.noDuplicates", locale));
        browser.screenshot("cases-journey-" + language + "-01-no-duplicates");
        web.findElement(By.cssSelector("#matches a.button.primary")).click();
        waitForPath(web, "/cases/intake/new");
        fill(web, "fullName", person.name());
        assertThat(web.findElement(By.name("iin")).getAttribute("value")).isEqualTo(person.iin());
        date(web, "dateOfBirth", person.born());
        new Select(web.findElement(By.name("sex"))).selectByValue("FEMALE");
        web.findElement(By.cssSelector("input[name='languages'][value='kk']")).click();
        web.findElement(By.cssSelector("input[name='languages'][value='ru']")).click();
        new Select(web.findElement(By.name("citizenship"))).selectByValue("KZ");
        fill(web, "phone", person.phone());
        fill(web, "safeAddress", person.address());
        browser.screenshot("cases-journey-" + language + "-02-survivor-form");
        long casesBefore = casesOpenedBy(username);
        web.findElement(By.cssSelector("form.grid button[type=submit].primary")).click();

        // the duplicate check of registration: the namesake, by initials and case number; none of them is her
        new WebDriverWait(web, Duration.ofSeconds(15))
                .until(d -> !d.findElements(By.id("duplicate-check")).isEmpty());
        assertThat(web.findElement(By.id("duplicate-check")).getText())
                .contains(msg("cases.intake.check.title", locale), namesakeNumber,
                        kz.tendik.cases.survivor.Initials.of(person.name()), msg("cases.index.FULL_NAME", locale))
                .doesNotContain(person.name());
        assertThat(casesOpenedBy(username)).as("nothing registered before the choice").isEqualTo(casesBefore);
        browser.screenshot("cases-journey-" + language + "-02b-possible-duplicate");
        click(web, web.findElement(By.cssSelector("form.grid button.register-anyway")));
        new WebDriverWait(web, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().matches(".*/cases/\\d+$"));
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
        assertThat(text(web)).contains(person.name(), caseNumber,
                Locale.forLanguageTag("kk").getDisplayLanguage(locale),
                new Locale.Builder().setRegion("KZ").build().getDisplayCountry(locale));
        browser.screenshot("cases-journey-" + language + "-03-case-opened");

        // a second intake with the same IIN finds her
        web.get(url("/cases/intake?iin=" + person.iin()));
        assertThat(web.findElement(By.id("matches")).getText()).contains(caseNumber,
                kz.tendik.cases.survivor.Initials.of(person.name())).doesNotContain(person.name());
        browser.screenshot("cases-journey-" + language + "-04-duplicate-found");

        // her phone changes: the profile form of the case page, loaded when its fold is opened
        String newPhone = CaseTestData.person().phone();
        web.get(url(casePath));
        click(web, web.findElement(By.cssSelector("#profile details.lazy-form summary")));
        new WebDriverWait(web, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.cssSelector("#profile-form input[name='contacts[0].value']")).isEmpty());
        assertThat(web.findElement(By.name("contacts[0].value")).getAttribute("value")).isEqualTo(person.phone());
        fill(web, "contacts[0].value", newPhone);
        click(web, web.findElement(By.cssSelector("#profile-form input[name='contacts[0].safeToText']")));
        screenshotAt(web, "contact-channels", "cases-journey-" + language + "-04b-profile-form");
        click(web, web.findElement(By.cssSelector("#profile-form button[type=submit]")));
        new WebDriverWait(web, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("profile")).getText().contains(newPhone));
        assertThat(web.findElement(By.id("profile")).getText()).doesNotContain(person.phone());
        web.get(url(casePath));
        assertThat(web.findElement(By.id("timeline")).getText())
                .contains(msg("cases.event.SURVIVOR_UPDATED", locale), msg("cases.eventDetail.CONTACTS", locale))
                .doesNotContain(newPhone);

        // incident, classified question by question
        web.get(url(casePath + "/incidents/new"));
        date(web, "incidentDate", today.minusDays(1));
        date(web, "reportDate", today);
        new Select(web.findElement(By.name("timeOfDay"))).selectByValue("EVENING_OR_NIGHT");
        new Select(web.findElement(By.name("regionCode"))).selectByValue("KZ-71");
        new Select(web.findElement(By.name("locationType"))).selectByValue("SHARED_HOME");
        answer(web, "RAPE", false, "SEXUAL_ASSAULT");
        answer(web, "SEXUAL_ASSAULT", false, "PHYSICAL_ASSAULT");
        web.findElement(By.cssSelector("input[name='answers[PHYSICAL_ASSAULT]'][value='true']")).click();
        new WebDriverWait(web, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#classification .decided")).isEmpty());
        assertThat(web.findElement(By.cssSelector("#classification .decided")).getText())
                .contains(msg("cases.gbvType.PHYSICAL_ASSAULT", locale));
        assertThat(web.findElements(By.name("timeOfDay"))).as("one time-of-day field after classifying: "
                + ((JavascriptExecutor) web).executeScript("""
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
        waitForPath(web, casePath);
        assertThat(web.findElement(By.id("incidents")).getText()).contains(msg("cases.gbvType.PHYSICAL_ASSAULT", locale));

        // risk assessment: every factor present, so high
        web.get(url(casePath + "/risk-assessments/new"));
        new WebDriverWait(web, Duration.ofSeconds(15)).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
        int questions = web.findElements(By.cssSelector("fieldset.risk-answers")).size();
        assertThat(questions).isGreaterThanOrEqualTo(14);
        for (WebElement yes : web.findElements(By.cssSelector("input[type=radio][value='YES']"))) {
            click(web, yes);
        }
        assertThat(web.findElements(By.cssSelector("input[type=radio][value='YES']:checked"))).hasSize(questions);
        browser.screenshot("cases-journey-" + language + "-06-risk-assessment");
        web.findElement(By.cssSelector("form .actions button.primary, form button[type=submit].primary")).click();
        waitForPath(web, casePath);
        assertThat(web.findElement(By.id("risk")).getText()).contains(msg("cases.riskLevel.HIGH", locale));
        browser.screenshot("cases-journey-" + language + "-07-risk-high");

        // the home now asks for a safety plan
        web.get(url("/"));
        assertThat(web.findElement(By.cssSelector(".work-high-risk-without-plan")).getText()).contains(caseNumber);
        browser.screenshot("cases-journey-" + language + "-08-home-high-risk");

        // safety plan
        web.get(url(casePath + "/safety-plan"));
        fill(web, "safeContacts", "Сіңлісі, 18:00-ден кейін");
        fill(web, "safePlaces", "Дағдарыс орталығы");
        fill(web, "codeWord", codeWord);
        fill(web, "documentsReady", "Жеке куәлік, балалардың туу туралы куәліктері");
        web.findElement(By.cssSelector("form button[type=submit].primary")).click();
        waitForPath(web, casePath);

        // protective order
        web.get(url(casePath + "/protective-measures/new"));
        new Select(web.findElement(By.name("type"))).selectByValue("PROTECTIVE_ORDER");
        dateTime(web, "startsAt", today.minusDays(26).atTime(9, 0));
        web.findElement(By.cssSelector("form button[type=submit].primary")).click();
        waitForPath(web, casePath);
        assertThat(web.findElement(By.id("measures")).getText()).contains(msg("cases.measure.type.PROTECTIVE_ORDER", locale));

        // referral: refused without the survivor's consent for that service, then made with it and accepted
        long providerId = jdbc.sql("""
                SELECT id FROM service_provider WHERE region_code = 'KZ-71' AND active ORDER BY id LIMIT 1""")
                .query(Long.class).single();
        ReferralPurpose service = ProviderServices.serviceOf(ProviderKind.valueOf(jdbc.sql(
                "SELECT kind FROM service_provider WHERE id = ?").param(providerId).query(String.class).single()));
        refer(web, providerId);
        new WebDriverWait(web, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("#referral-form .field-error")).isEmpty());
        assertThat(web.findElement(By.cssSelector("#referral-form .field-error")).getText())
                .contains(msg(service.messageKey(), locale));
        screenshotAt(web, "referral-form", "cases-journey-" + language + "-10-referral-refused");
        web.get(url(casePath + "#consents"));
        new Select(web.findElement(By.name("purpose"))).selectByValue("REFERRAL");
        new Select(web.findElement(By.name("referralTo"))).selectByValue(service.name());
        web.findElement(By.cssSelector("form[action$='/consents'] input[name='given'][value='true']")).click();
        web.findElement(By.cssSelector("form[action$='/consents'] button[type=submit]")).click();
        waitForPath(web, casePath);
        refer(web, providerId);
        new WebDriverWait(web, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.cssSelector("#referrals table.referrals tbody tr")).isEmpty());
        WebElement row = web.findElement(By.cssSelector("#referrals table.referrals tbody tr"));
        // the provider's answer, in the row's folded form: opened, "accepted" chosen, date and who answered
        ((JavascriptExecutor) web).executeScript("arguments[0].open = true;", row.findElement(By.cssSelector("details")));
        ((JavascriptExecutor) web).executeScript("arguments[0].checked = true;",
                row.findElement(By.cssSelector("details input[name='status'][value='ACCEPTED']")));
        ((JavascriptExecutor) web).executeScript("arguments[0].value = arguments[1];",
                row.findElement(By.cssSelector("details input[name='answeredOn']")), today.toString());
        ((JavascriptExecutor) web).executeScript("arguments[0].value = arguments[1];",
                row.findElement(By.cssSelector("details input[name='answeredBy']")), "Айжан Серікова");
        click(web, row.findElement(By.cssSelector("details button.primary")));
        new WebDriverWait(web, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class).until(d -> d.findElement(By.id("referrals")).getText()
                .contains(msg(ReferralStatus.ACCEPTED.messageKey(), locale)));
        screenshotAt(web, "referrals", "cases-journey-" + language + "-11-referral-accepted");
        click(web, web.findElement(By.xpath(
                "//section[@id='referrals']//form[input[@name='status' and @value='DONE']]//button")));
        new WebDriverWait(web, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class).until(d -> d.findElement(By.id("referrals")).getText()
                .contains(msg(ReferralStatus.DONE.messageKey(), locale)));

        // a service provided, in the form that is loaded when its fold is opened
        click(web, web.findElement(By.cssSelector("#services details.lazy-form summary")));
        new WebDriverWait(web, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.cssSelector("#service-form select[name='workerId']")).isEmpty());
        new Select(web.findElement(By.cssSelector("#service-form select[name='service']"))).selectByValue(service.name());
        new Select(web.findElement(By.cssSelector("#service-form select[name='workerId']"))).selectByIndex(1);
        ((JavascriptExecutor) web).executeScript("arguments[0].value = arguments[1];",
                web.findElement(By.cssSelector("#service-form input[name='providedOn']")), today.toString());
        click(web, web.findElement(By.cssSelector("#service-form button[type=submit]")));
        new WebDriverWait(web, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.cssSelector("#services table tbody tr")).isEmpty());

        // follow-up
        fill(web, "title", "Мобильді топпен кездесуді келісу");
        date(web, "dueOn", today.plusDays(2));
        web.findElement(By.cssSelector("form[action$='/follow-ups'] button[type=submit]")).click();
        waitForPath(web, casePath);
        browser.screenshot("cases-journey-" + language + "-12-case-after");

        // home: the order ends within 7 days; no high-risk case without a plan any more
        web.get(url("/"));
        assertThat(web.findElement(By.cssSelector(".work-expiring-measures")).getText()).contains(caseNumber);
        assertThat(web.findElement(By.cssSelector(".work-high-risk-without-plan")).getText()).doesNotContain(caseNumber);
        assertThat(text(web)).doesNotContain(person.name());
        browser.screenshot("cases-journey-" + language + "-13-home");
        web.get(url("/cases?risk=HIGH"));
        assertThat(text(web)).contains(caseNumber, kz.tendik.cases.survivor.Initials.of(person.name()))
                .doesNotContain(person.name());
        browser.screenshot("cases-journey-" + language + "-14-list-high-risk");

        // closure: asked by the caseworker, approved by supervisor.astana
        web.get(url(casePath + "#closure"));
        click(web, web.findElement(By.id("safetyAddressed1")));
        click(web, web.findElement(By.id("servicesDoneOrDeclined1")));
        new Select(web.findElement(By.name("survivorWish"))).selectByValue("AGREES_TO_CLOSE");
        new Select(web.findElement(By.cssSelector("form.closure-request [name=reason]"))).selectByValue("NEEDS_MET");
        click(web, web.findElement(By.cssSelector("form.closure-request button[type=submit]")));
        new WebDriverWait(web, Duration.ofSeconds(15))
                .until(d -> !d.findElements(By.cssSelector(".pending-banner")).isEmpty());
        screenshotAt(web, "closure", "cases-journey-" + language + "-15-closure-requested");
        web.manage().deleteAllCookies();
        signIn(web, "supervisor.astana", DEMO_PASSWORD, enrol("supervisor.astana"), language);
        web.get(url(casePath));
        click(web, web.findElement(By.cssSelector("#closure form[action$='/closure/approve'] button.primary")));
        new WebDriverWait(web, Duration.ofSeconds(15))
                .until(d -> !d.findElements(By.cssSelector(".closed-banner")).isEmpty());
        Locale supervisorLocale = accounts.findByUsername("supervisor.astana").orElseThrow().toCurrentUser().locale();
        assertThat(web.findElement(By.cssSelector("dl.case-facts")).getText())
                .contains(msg(CaseStage.CLOSED.messageKey(), supervisorLocale));
        screenshotAt(web, "closure", "cases-journey-" + language + "-16-closure-approved");

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
        kz.tendik.identity.CurrentUser colleague = accounts.findByUsername("caseworker.astana").orElseThrow()
                .toCurrentUser();
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

    private void signIn(WebDriver web, String username, String password, String secret, String language) throws Exception {
        web.get(url("/login?lang=" + language));
        web.findElement(By.name("username")).sendKeys(username);
        web.findElement(By.name("password")).sendKeys(password);
        web.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
        waitForPath(web, "/login/two-factor");
        web.findElement(By.name("code")).sendKeys(code(secret));
        web.findElement(By.cssSelector("form[action$='/login/two-factor'] button[type=submit]")).click();
        waitForPath(web, "/");
    }

    /** Two-factor for a demo user (the demo leaves it to the user); returns the secret. */
    private String enrol(String username) throws Exception {
        long id = accounts.findByUsername(username).orElseThrow().id();
        String secret = twoFactor.begin(id);
        assertThat(twoFactor.confirm(id, code(secret))).hasSize(10);
        return secret;
    }

    /** Refers to the provider through the referral form, which is loaded when its fold is opened. */
    private void refer(WebDriver web, long providerId) {
        if (web.findElements(By.id("referral-form")).isEmpty()) {
            click(web, web.findElement(By.cssSelector("#referrals details.lazy-form summary")));
            new WebDriverWait(web, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                    .until(d -> !d.findElements(By.id("providerId")).isEmpty());
        }
        WebElement provider = web.findElement(By.id("providerId"));
        click(web, provider);
        new Select(provider).selectByValue(String.valueOf(providerId));
        click(web, web.findElement(By.cssSelector("#referral-form button[type=submit].primary")));
    }

    private void screenshotAt(WebDriver web, String id, String name) throws Exception {
        ((JavascriptExecutor) web).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
        browser.screenshot(name);
    }

    private String caseworker(String username, String language) throws Exception {
        OrgUnit centre = accounts.findByUsername("caseworker.astana").orElseThrow().toCurrentUser().orgUnit();
        long id = accounts.findByUsername(username).map(a -> a.id()).orElseGet(() -> accounts.create(username,
                "Динара Journey " + language, passwords.encode(PASSWORD), Role.CASEWORKER, centre, language));
        // supervisor.astana approves her closure: she is in her team (decision 0026)
        supervision.add(accounts.findByUsername("supervisor.astana").orElseThrow().id(), id, null,
                java.time.Instant.now());
        String secret = twoFactor.begin(id);
        assertThat(twoFactor.confirm(id, code(secret))).hasSize(10);
        return secret;
    }

    private void answer(WebDriver web, String question, boolean value, String next) {
        web.findElement(By.cssSelector("input[name='answers[" + question + "]'][value='" + value + "']")).click();
        new WebDriverWait(web, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("input[name='answers[" + next + "]']")).isEmpty());
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static String text(WebDriver web) {
        return web.findElement(By.tagName("main")).getText();
    }

    private static void click(WebDriver web, WebElement element) {
        ((JavascriptExecutor) web).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private static void fill(WebDriver web, String field, String value) {
        WebElement input = web.findElement(By.name(field));
        input.clear();
        input.sendKeys(value);
    }

    /** Date inputs take what the browser's locale expects when typed; set the ISO value as a form would send it. */
    private static void date(WebDriver web, String field, LocalDate value) {
        setValue(web, field, value.toString());
    }

    private static void dateTime(WebDriver web, String field, java.time.LocalDateTime value) {
        setValue(web, field, value.toString());
    }

    private static void setValue(WebDriver web, String field, String value) {
        ((JavascriptExecutor) web).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));",
                web.findElement(By.name(field)), value);
    }

    /** Waits for the page; when it does not come, fails with the form's errors (what the user would read). */
    private static void waitForPath(WebDriver web, String path) {
        try {
            new WebDriverWait(web, Duration.ofSeconds(15))
                    .until(d -> java.net.URI.create(d.getCurrentUrl()).getPath().equals(path));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("still at " + web.getCurrentUrl() + " instead of " + path + "; errors: "
                    + ((JavascriptExecutor) web).executeScript("""
                    return Array.from(document.querySelectorAll('.field-error, .alert.error')).map(e =>
                        ((e.parentElement && e.parentElement.querySelector('[name]')) || {name: '?'}).name + ': '
                        + e.textContent.trim()).join(' | ');"""), e);
        }
    }

    private static void waitForText(WebDriver web, String text) {
        new WebDriverWait(web, Duration.ofSeconds(10)).until(d -> d.findElement(By.tagName("main")).getText().contains(text));
    }

    private static String code(String secret) throws Exception {
        return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, new SystemTimeProvider().getTime() / 30);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
