package kz.tendik.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import kz.tendik.identity.OrgUnit;
import kz.tendik.identity.Role;
import kz.tendik.identity.token.ApiTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import kz.tendik.programs.cohort.Certificates;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A programme from start to measured change: a coordinator opens a cohort on the cohort form; its facilitator
 * enrols six women, takes attendance, opens the survey rounds before and after, records the answers on the phone
 * form (five with the participant, one by the participant herself through her one-time link, on a 390×844 phone,
 * in Kazakh), and the cohort's impact page shows the paired statistics in Kazakh, Russian and English; the
 * coordinator reads a programme's impact with the DHS items; anyone, signed out, verifies a demo certificate.
 */
@BrowserJourney
class ProgrammeImpactJourneyTest {

    private static final String COORDINATOR = "browser.impact.coordinator";
    private static final String FACILITATOR = "browser.impact.facilitator";
    private static final String PASSWORD = "Zhetysu-Apple-Orchard-2026";
    /** The item codes of the gender attitudes scale in order, and which are reverse-scored. */
    private static final String[] ITEMS = {"care-is-mothers-job", "decide-children-together", "man-has-final-say",
            "tolerate-violence-for-family", "share-housework", "husband-decides-money", "sometimes-deserves-beating",
            "father-stays-involved", "violence-is-private", "wife-cannot-refuse-sex", "equal-right-to-work",
            "contraception-womans-job"};
    private static final boolean[] REVERSE = {false, true, false, false, true, false, false, true, false, false, true, false};

    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Certificates certificates;

    private Browser browser;
    private long coordinatorId;
    private long facilitatorId;
    private JourneyAccounts users;

    @BeforeAll
    void start(Browser browser, JourneyAccounts users) {
        this.browser = browser;
        this.users = users;
        coordinatorId = users.user(COORDINATOR, "Сәуле Жақсылықова", PASSWORD, Role.PROGRAMME_COORDINATOR,
                OrgUnit.NATIONAL, "kk");
        facilitatorId = users.user(FACILITATOR, "Ләйлә Оспанова", PASSWORD, Role.FACILITATOR, OrgUnit.region("KZ-75"),
                "kk");
    }

    @Test
    void aCohortIsMeasuredBeforeAndAfterAndTheImpactPageShowsTheChange() throws Exception {
        WebDriver web = browser.driver();
        long programme = programmeThroughTheApi();
        browser.signIn(COORDINATOR, PASSWORD, null, "kk");
        browser.open("/cohorts/new?programmeId=" + programme + "&lang=kk");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Almaty"));
        browser.fill("name", "Алматы, күзгі топ");
        browser.setValue("startsOn", today.minusDays(7));
        browser.setValue("endsOn", today.plusDays(60));
        browser.fill("place", "Алматы, Абай даңғылы 10");
        new Select(web.findElement(By.name("regionCode"))).selectByValue("KZ-75");
        browser.fill("capacity", "10");
        web.findElement(By.cssSelector("input[name=facilitatorIds][value='" + facilitatorId + "']")).click();
        web.findElement(By.cssSelector(".session-rows > button")).click();
        browser.until(d -> !d.findElements(By.name("sessionDate")).isEmpty());
        browser.setValue(web.findElements(By.name("sessionDate")).get(0), today.minusDays(7));
        web.findElements(By.name("sessionTopic")).get(0).sendKeys("Кіріспе");
        web.findElement(By.cssSelector("form.grid button[type=submit]")).click();
        browser.until(d -> d.getCurrentUrl().matches(".*/cohorts/\\d+$"));
        long cohort = Long.parseLong(web.getCurrentUrl().replaceAll(".*/cohorts/(\\d+)$", "$1"));
        web.findElement(By.cssSelector("form[action$='/logout'] button")).click();

        browser.signIn(FACILITATOR, PASSWORD, null, "ru");
        browser.open("/cohorts/" + cohort + "?lang=ru");
        String[] names = {"Айнұр Бекова", "Гүлназ Серікова", "Жанар Әлиева", "Мөлдір Қайратқызы", "Салтанат Ибраева",
                "Томирис Жұмабаева"};
        for (int i = 0; i < names.length; i++) {
            browser.fill("name", names[i]);
            browser.fill("birthYear", String.valueOf(1985 + i * 3));
            new Select(web.findElement(By.name("sex"))).selectByValue("FEMALE");
            new Select(web.findElement(By.name("regionCode"))).selectByValue("KZ-75");
            WebElement consent = web.findElement(By.name("consent"));
            if (!consent.isSelected()) {
                consent.click();
            }
            web.findElement(By.cssSelector("form.grid button[type=submit]")).click();
            // the address stays the same: wait for the reloaded page to list her before filling the form again
            String enrolled = names[i];
            browser.until(Duration.ofSeconds(15), d -> d.findElement(By.tagName("main")).getText().contains(enrolled));
        }
        assertThat(browser.mainText()).contains(names[5]);

        web.findElement(By.cssSelector("a[href$='/attendance']")).click();
        List<WebElement> present = web.findElements(By.cssSelector("input[type=radio][value=PRESENT]"));
        assertThat(present).hasSize(6);
        present.forEach(WebElement::click);
        web.findElements(By.cssSelector("input[type=radio][value=ABSENT]")).get(2).click();
        web.findElement(By.cssSelector("form.attendance-sheet button[type=submit]")).click();
        browser.waitForPath("/cohorts/" + cohort);

        browser.open("/cohorts/" + cohort + "/surveys?lang=ru");
        openRound(web, "PRE");
        openRound(web, "POST");
        List<WebElement> roundLinks = web.findElements(By.cssSelector("main table a.button"));
        String before = roundLinks.get(0).getAttribute("href");
        String after = roundLinks.get(1).getAttribute("href");

        int[] scoresBefore = {18, 21, 15, 24, 20, 17};
        int[] scoresAfter = {22, 24, 17, 27, 20, 21};
        answerRound(web, before, scoresBefore, "before");
        answerRound(web, after, scoresAfter, "after");

        for (String language : List.of("kk", "ru", "en")) {
            browser.open("/cohorts/" + cohort + "/impact?lang=" + language);
            String page = browser.mainText();
            assertThat(page).contains("t = ").contains("W+ = ").contains("d_z");
            tall(web, () -> browser.screenshot("62-impact-" + language));
            if (language.equals("en")) {
                // means 19.17 -> 21.83, change +2.67 (computed by hand from the scores above)
                assertThat(page).contains("19.17").contains("21.83").contains("+2.67")
                        .contains("Participants who answered both surveys: 6");
            }
        }
        web.findElement(By.cssSelector("form[action$='/logout'] button")).click();

        browser.signIn(COORDINATOR, PASSWORD, null, "en");
        browser.open("/programme-results?lang=en");
        web.findElement(By.linkText("Academy for Women Entrepreneurs")).click();
        assertThat(browser.mainText()).contains("McNemar", "Attitudes towards wife beating");
        tall(web, () -> browser.screenshot("63-programme-impact-en"));
        web.findElement(By.cssSelector("form[action$='/logout'] button")).click();

        long finished = jdbc.sql("SELECT id FROM cohort WHERE name = 'AWE Almaty 1'").query(Long.class).single();
        String code = certificates.list(finished, users.current("programmes"))
                .get(0).code();
        browser.signOut();
        browser.open("/certificates/" + code + "?lang=kk");
        assertThat(web.findElement(By.cssSelector(".verdict")).getAttribute("class")).contains("valid");
    }

    /** A screenshot of the whole page: the window made as tall as the page for the moment. */
    private void tall(WebDriver web, ThrowingRunnable shot) throws Exception {
        Dimension size = web.manage().window().getSize();
        Number height = (Number) browser.script("return document.documentElement.scrollHeight");
        web.manage().window().setSize(new Dimension(size.getWidth(), Math.min(4000, height.intValue() + 120)));
        try {
            shot.run();
        } finally {
            web.manage().window().setSize(size);
        }
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** Opens a round of the gender attitudes scale through the form (dates: today to a fortnight on, as offered). */
    private void openRound(WebDriver web, String kind) {
        new Select(web.findElement(By.name("kind"))).selectByValue(kind);
        new Select(web.findElement(By.name("instrument"))).selectByValue("gender-attitudes");
        web.findElement(By.cssSelector("form.grid button[type=submit]")).click();
        browser.until(d -> d.findElements(By.cssSelector("main table tbody tr")).size()
                == (kind.equals("PRE") ? 1 : 2));
    }

    /** Five participants answer with the facilitator; the last one herself, through a one-time link on her phone. */
    private void answerRound(WebDriver web, String roundUrl, int[] scores, String label) throws Exception {
        for (int i = 0; i < scores.length - 1; i++) {
            web.get(roundUrl);
            web.findElements(By.cssSelector("main table tbody tr")).get(i).findElement(By.cssSelector("a.button")).click();
            if (i == 0 && label.equals("before")) {
                web.findElement(By.cssSelector("form.survey-form button[type=submit]")).click();
                // the answered page replaces this one: wait for it rather than read the old one
                browser.until(d -> d.findElements(By.cssSelector(".survey-item.invalid")).size() == 12);
                browser.screenshot("60-survey-form-errors-ru");
            }
            choose(web, scores[i]);
            web.findElement(By.cssSelector("form.survey-form button[type=submit]")).click();
            browser.until(d -> d.getCurrentUrl().startsWith(roundUrl.replaceAll("\\?.*", "")));
        }
        web.get(roundUrl);
        WebElement last = web.findElements(By.cssSelector("main table tbody tr")).get(scores.length - 1);
        new Select(last.findElement(By.name("language"))).selectByValue("kk");
        last.findElement(By.cssSelector("form button[type=submit]")).click();
        String link = web.findElement(By.cssSelector("code.survey-link-url")).getText();
        assertThat(link).matches("http://[^/]+/survey/[A-Za-z0-9_-]{22}");
        // her own phone: another browser, not signed in, 390 x 844
        try (Browser phone = browser.another()) {
            WebDriver her = phone.driver();
            her.manage().window().setSize(new Dimension(390, 844));
            her.get(link);
            assertThat(her.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("kk");
            assertThat(her.findElement(By.tagName("body")).getText()).doesNotContain("Томирис").doesNotContain("Ләйлә");
            if (label.equals("before")) {
                for (String language : List.of("kk", "ru", "en")) {
                    her.get(link + "?lang=" + language);
                    phone.screenshot("61-phone-form-" + language);
                }
                her.get(link + "?lang=kk");
            }
            choose(her, scores[scores.length - 1]);
            her.findElement(By.cssSelector("form.survey-form button[type=submit]")).click();
            phone.until(d -> d.findElement(By.tagName("h1")).getText().equals("Рақмет!"));
            her.get(link);
            assertThat(her.findElement(By.tagName("h1")).getText()).isEqualTo("Бұл сілтеме енді жарамсыз");
        }
    }

    /** Clicks the answers whose item scores add up to {@code total} (reverse-scored items mirrored). */
    private static void choose(WebDriver web, int total) {
        for (int i = 0; i < ITEMS.length; i++) {
            int score = total / 12 + (i < total % 12 ? 1 : 0);
            int value = REVERSE[i] ? 4 - score : score;
            web.findElement(By.cssSelector("input[name='answers[" + ITEMS[i] + "]'][value='" + value + "']")).click();
        }
    }

    private long programmeThroughTheApi() throws Exception {
        String token = tokens.issue(coordinatorId, ApiTokens.Kind.SESSION, null, Duration.ofMinutes(10)).token();
        String programme = api(token, "/api/v1/programmes", """
                {"kind": "MENS_ENGAGEMENT", "nameKk": "Ер азаматтар теңдік үшін", "nameRu": "Мужчины за равенство",
                 "nameEn": "Men for equality", "languages": ["kk", "ru"], "regionCode": "KZ-75"}""");
        return ((Number) JsonPath.read(programme, "$.id")).longValue();
    }

    private String api(String token, String path, String json) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(browser.url(path)))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response.body();
    }
}
