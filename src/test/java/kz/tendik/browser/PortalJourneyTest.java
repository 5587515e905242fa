package kz.tendik.browser;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor without an account on the public portal, in headless Chromium: the quick exit (button and Shift three
 * times) leaves for the neutral site — here a small local server standing in for a weather site — and replaces the
 * page in the history; a centre with shelter places is found in a chosen region; every public page passes axe-core
 * with no serious or critical violation in Kazakh, Russian and English, loads nothing from another origin and sets
 * no cookie but the language. Screenshots on a phone-sized and a desktop window go to target/screenshots/.
 */
@Tag("browser")
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalJourneyTest {

    private static final HttpServer NEUTRAL = neutralSite();
    private static final List<String> LANGUAGES = List.of("kk", "ru", "en");
    private static final List<String> PAGES = List.of("/help", "/help/centres", "/help/centres?region=KZ-75&need=SHELTER",
            "/help/pages/protective-order", "/help/pages/court-requirements", "/help/pages/family-support-centres",
            "/help/pages/safety-plan", "/help/pages/helping-a-friend", "/help/pages/browsing-safely",
            "/help/data", "/help/data/neighbours", "/help/data/regions");
    /** The published figures (issue 6, item 5): screenshots on a phone and a desktop. */
    private static final List<String> FIGURES = List.of("/help/data", "/help/data/neighbours", "/help/data/regions");

    @LocalServerPort
    int port;
    private Browser browser;

    @DynamicPropertySource
    static void neutralUrl(DynamicPropertyRegistry registry) {
        registry.add("tendik.portal.neutral-url", () -> neutralUrl() + "/weather");
    }

    @BeforeAll
    void start() throws IOException {
        browser = new Browser();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        NEUTRAL.stop(0);
    }

    @Test
    void theQuickExitButtonLeavesForTheNeutralSiteAndReplacesTheHistoryEntry() {
        WebDriver web = browser.driver();
        web.get(neutralUrl() + "/before");
        web.get(url("/help/pages/safety-plan?lang=ru"));
        web.findElement(By.id("quick-exit")).click();
        waitFor(web, neutralUrl() + "/weather");
        web.navigate().back();
        waitFor(web, neutralUrl() + "/before"); // the help page is no longer in the back history
    }

    @Test
    void pressingShiftThreeTimesLeavesForTheNeutralSite() {
        WebDriver web = browser.driver();
        web.get(url("/help/centres?lang=kk"));
        Actions keys = new Actions(web);
        for (int i = 0; i < 3; i++) {
            keys.keyDown(Keys.SHIFT).keyUp(Keys.SHIFT);
        }
        keys.perform();
        waitFor(web, neutralUrl() + "/weather");
    }

    @Test
    void aCentreWithShelterPlacesIsFoundInAChosenRegion() throws IOException {
        WebDriver web = browser.driver();
        web.manage().window().setSize(new Dimension(390, 844));
        try {
            web.get(url("/help/centres?lang=ru"));
            new Select(web.findElement(By.id("region"))).selectByValue("KZ-75");
            new Select(web.findElement(By.id("need"))).selectByValue("SHELTER");
            web.findElement(By.cssSelector("#centre-search button[type=submit]")).click();
            new WebDriverWait(web, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("region=KZ-75"));
            assertThat(web.findElement(By.id("results")).getText())
                    .contains("Центр поддержки семьи города Алматы", "Мест для проживания: 15")
                    .doesNotContain("Ауэзовского");
            browser.screenshot("portal-phone-centres-shelter-almaty-ru");
            web.findElement(By.linkText("Центр поддержки семьи города Алматы")).click();
            assertThat(web.findElement(By.tagName("main")).getText()).contains("пр. Абая, 90", "Мест для проживания: 15");
            browser.screenshot("portal-phone-centre-ru");
        } finally {
            web.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void everyPublicPagePassesAxeInEveryLanguage() throws IOException {
        WebDriver web = browser.driver();
        web.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        String axe = axeSource();
        List<String> violations = new ArrayList<>();
        for (String language : LANGUAGES) {
            web.get(url("/help?lang=" + language));
            for (String page : pagesWithACentre(web)) {
                web.get(url(page));
                ((JavascriptExecutor) web).executeScript(axe);
                Object found = ((JavascriptExecutor) web).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        axe.run(document).then(r => done(r.violations
                            .filter(v => v.impact === 'serious' || v.impact === 'critical')
                            .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
                          .catch(e => done(['axe failed: ' + e]));""");
                for (Object violation : (List<?>) found) {
                    violations.add(language + " " + page + ": " + violation);
                }
            }
        }
        assertThat(violations).as("serious or critical accessibility violations").isEmpty();
    }

    @Test
    void publicPagesLoadNothingFromAnotherOriginAndSetOnlyTheLanguageCookie() {
        WebDriver web = browser.driver();
        web.manage().deleteAllCookies();
        String origin = "http://localhost:" + port;
        List<String> foreign = new ArrayList<>();
        web.get(url("/help?lang=kk"));
        for (String page : pagesWithACentre(web)) {
            web.get(url(page));
            @SuppressWarnings("unchecked")
            List<String> resources = (List<String>) ((JavascriptExecutor) web).executeScript(
                    "return [location.href].concat(performance.getEntriesByType('resource').map(e => e.name));");
            resources.stream().filter(r -> !r.startsWith(origin + "/")).forEach(r -> foreign.add(page + ": " + r));
            assertThat(resources).as(page + " loads its stylesheet and script").anyMatch(r -> r.endsWith("/css/tendik.css"));
        }
        assertThat(foreign).as("resources from another origin").isEmpty();
        Set<String> cookies = web.manage().getCookies().stream().map(Cookie::getName).collect(Collectors.toSet());
        assertThat(cookies).containsExactly("TENDIK_LANG");
    }

    @Test
    void screenshotsOnAPhoneAndADesktop() throws IOException {
        WebDriver web = browser.driver();
        for (String language : LANGUAGES) {
            web.get(url("/help?lang=" + language));
            browser.screenshot("portal-desktop-home-" + language);
            web.manage().window().setSize(new Dimension(390, 844));
            try {
                web.navigate().refresh();
                browser.screenshot("portal-phone-home-" + language);
                web.get(url("/help/pages/safety-plan"));
                browser.screenshot("portal-phone-safety-plan-" + language);
            } finally {
                web.manage().window().setSize(new Dimension(1280, 900));
            }
            web.get(url("/help/centres?need=LEGAL_AID"));
            browser.screenshot("portal-desktop-centres-" + language);
        }
    }

    @Test
    void publishedFiguresWorkWithoutScriptOnAPhoneAndADesktop() throws IOException {
        WebDriver web = browser.driver();
        for (String language : LANGUAGES) {
            for (String page : FIGURES) {
                String name = page.equals("/help/data") ? "kazakhstan" : page.substring(page.lastIndexOf('/') + 1);
                web.get(url(page + "?lang=" + language));
                // drawn on the server: the charts are there with no script of their own, and nothing loads a library
                assertThat(web.findElements(By.tagName("canvas"))).isEmpty();
                if (!name.equals("regions")) {
                    assertThat(web.findElements(By.cssSelector("figure.svg-chart svg[role=img]"))).isNotEmpty();
                }
                long bytes = (Long) ((JavascriptExecutor) web).executeScript("""
                        return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                            .reduce((n, e) => n + (e.transferSize || e.encodedBodySize || 0), 0);""");
                assertThat(bytes).as(page + " page weight with its stylesheet and script").isLessThan(200_000);
                browser.screenshot("portal-desktop-figures-" + name + "-" + language);
                web.manage().window().setSize(new Dimension(390, 844));
                try {
                    web.navigate().refresh();
                    browser.screenshot("portal-phone-figures-" + name + "-" + language);
                } finally {
                    web.manage().window().setSize(new Dimension(1280, 900));
                }
            }
        }
    }

    /** The public pages plus the page of the first centre the finder lists. */
    private List<String> pagesWithACentre(WebDriver web) {
        web.get(url("/help/centres"));
        String centre = URI.create(web.findElement(By.cssSelector("ul.centre-list h3 a")).getAttribute("href")).getPath();
        List<String> pages = new ArrayList<>(PAGES);
        pages.add(centre);
        return pages;
    }

    private static String axeSource() throws IOException {
        try (InputStream in = PortalJourneyTest.class.getClassLoader()
                .getResourceAsStream("META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            assertThat(in).as("axe-core WebJar on the test classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void waitFor(WebDriver web, String address) {
        new WebDriverWait(web, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().equals(address));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String neutralUrl() {
        return "http://127.0.0.1:" + NEUTRAL.getAddress().getPort();
    }

    /** A stand-in for the weather site the quick exit goes to. */
    private static HttpServer neutralSite() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                byte[] body = "<!DOCTYPE html><html lang=\"en\"><title>Weather</title><h1>Weather</h1></html>"
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
