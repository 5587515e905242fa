package kz.tendik.browser;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import kz.tendik.indicators.store.IndicatorImports;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor without an account on the public portal, in headless Chromium: the quick exit (button and Shift three
 * times) leaves for the neutral site — here a small local server standing in for a weather site — and replaces the
 * page in the history; a centre with shelter places is found in a chosen region; every public page passes axe-core
 * with no serious or critical violation in Kazakh, Russian and English, has the quick exit, loads nothing from another
 * origin (neither in the resource timing nor as a blocked request reported by the Content-Security-Policy) and sets
 * no cookie but the language. The keyboard reaches the quick exit right after the skip link, focus is visible, and
 * nothing overflows sideways at 200 % text size. "Near me" finds the nearest centre from a simulated position
 * without putting it in the address or the history. Screenshots on a phone-sized and a desktop window go to
 * target/screenshots/.
 */
@BrowserJourney
class PortalJourneyTest {

    private static final HttpServer NEUTRAL = neutralSite();
    private static final List<String> LANGUAGES = List.of("kk", "ru", "en");
    private static final List<String> PAGES = List.of("/help", "/help/centres", "/help/centres?region=KZ-75&need=SHELTER",
            "/help/pages/protective-order", "/help/pages/court-requirements", "/help/pages/family-support-centres",
            "/help/pages/safety-plan", "/help/pages/helping-a-friend", "/help/pages/browsing-safely",
            "/help/data", "/help/data/neighbours", "/help/data/regions", "/help/data/open",
            // the public certificate check (programs) in the portal's layout, an unknown code, and the portal's 404
            "/certificates", "/certificates/AAAA-BBBB-CCCC-DDDD", "/help/no-such-page");
    /** What the keyboard and 200 % text checks go through (the longest pages and the forms). */
    private static final List<String> READING = List.of("/help", "/help/centres?region=KZ-75&need=SHELTER",
            "/help/pages/safety-plan", "/help/pages/protective-order", "/help/data", "/help/data/open", "/certificates",
            "/help/no-such-page");
    /** Regional values of one indicator in one period, so that the public regional page has a chart to show. */
    private static final String REGIONAL_FIXTURE = """
            indicator,geo,period,sex,value,source,note
            lfpr,KZ-71,2021,F,68.4,Test fixture (portal browser test),not real data
            lfpr,KZ-71,2021,M,79.1,Test fixture (portal browser test),not real data
            lfpr,KZ-75,2021,F,66.2,Test fixture (portal browser test),not real data
            lfpr,KZ-75,2021,M,77.8,Test fixture (portal browser test),not real data
            lfpr,KZ-79,2021,F,55.3,Test fixture (portal browser test),not real data
            lfpr,KZ-79,2021,M,74.6,Test fixture (portal browser test),not real data
            lfpr,KZ-35,2021,F,63.9,Test fixture (portal browser test),not real data
            lfpr,KZ-35,2021,M,75.2,Test fixture (portal browser test),not real data
            """;
    /** The published figures (issue 6, item 5): screenshots on a phone and a desktop. */
    private static final List<String> FIGURES = List.of("/help/data", "/help/data/neighbours", "/help/data/regions");

    @Autowired
    IndicatorImports imports;
    private Browser browser;

    @DynamicPropertySource
    static void neutralUrl(DynamicPropertyRegistry registry) {
        registry.add("tendik.portal.neutral-url", () -> neutralUrl() + "/weather");
    }

    @BeforeAll
    void start(Browser browser) {
        this.browser = browser;
    }

    @AfterAll
    void stop() {
        NEUTRAL.stop(0);
    }

    @Test
    void theQuickExitButtonLeavesForTheNeutralSiteAndReplacesTheHistoryEntry() {
        WebDriver web = browser.driver();
        web.get(neutralUrl() + "/before");
        browser.open("/help/pages/safety-plan?lang=ru");
        web.findElement(By.id("quick-exit")).click();
        waitFor(neutralUrl() + "/weather");
        web.navigate().back();
        waitFor(neutralUrl() + "/before"); // the help page is no longer in the back history
    }

    @Test
    void pressingShiftThreeTimesLeavesForTheNeutralSite() {
        WebDriver web = browser.driver();
        browser.open("/help/centres?lang=kk");
        Actions keys = new Actions(web);
        for (int i = 0; i < 3; i++) {
            keys.keyDown(Keys.SHIFT).keyUp(Keys.SHIFT);
        }
        keys.perform();
        waitFor(neutralUrl() + "/weather");
    }

    @Test
    void aCentreWithShelterPlacesIsFoundInAChosenRegion() throws IOException {
        WebDriver web = browser.driver();
        web.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.open("/help/centres?lang=ru");
            new Select(web.findElement(By.id("region"))).selectByValue("KZ-75");
            new Select(web.findElement(By.id("need"))).selectByValue("SHELTER");
            web.findElement(By.cssSelector("#centre-search button[type=submit]")).click();
            browser.until(d -> d.getCurrentUrl().contains("region=KZ-75"));
            assertThat(web.findElement(By.id("results")).getText())
                    .contains("Центр поддержки семьи города Алматы", "Мест для проживания: 15")
                    .doesNotContain("Ауэзовского");
            browser.screenshot("portal-phone-centres-shelter-almaty-ru");
            web.findElement(By.linkText("Центр поддержки семьи города Алматы")).click();
            browser.waitForText("пр. Абая, 90");
            assertThat(browser.mainText()).contains("Мест для проживания: 15");
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
            browser.open("/help?lang=" + language);
            for (String page : pagesWithACentre(web)) {
                browser.open(page);
                assertThat(web.findElements(By.cssSelector("header.portal-top a#quick-exit")))
                        .as(language + " " + page + " has the quick exit").hasSize(1);
                assertThat(web.findElements(By.cssSelector("footer.portal-bottom p.exit-notice a[href='/help/pages/browsing-safely']")))
                        .as(language + " " + page + " has the browsing-safely notice").hasSize(1);
                browser.script(axe);
                for (String violation : axeViolations(web)) {
                    violations.add(language + " " + page + ": " + violation);
                }
            }
        }
        assertThat(violations).as("serious or critical accessibility violations").isEmpty();
    }

    @Test
    void publicPagesLoadNothingFromAnotherOriginAndSetOnlyTheLanguageCookie() throws InterruptedException {
        ChromeDriver web = (ChromeDriver) browser.driver();
        String origin = browser.url("");
        List<String> foreign = new ArrayList<>();
        // a request the Content-Security-Policy blocks never shows in the resource timing, only as a violation event:
        // the listener is installed before any of the page's own scripts run
        Map<String, Object> listener = web.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.__cspViolations = [];
                document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(
                    e.violatedDirective + ' ' + (e.blockedURI || '(inline)') + ' at ' + e.sourceFile + ':' + e.lineNumber));"""));
        try {
            for (String language : LANGUAGES) {
                browser.signOut();
                browser.open("/help?lang=" + language);
                for (String page : pagesWithACentre(web)) {
                    browser.open(page);
                    @SuppressWarnings("unchecked")
                    List<String> resources = (List<String>) web.executeScript(
                            "return [location.href].concat(performance.getEntriesByType('resource').map(e => e.name));");
                    resources.stream().filter(r -> !r.startsWith(origin + "/")).forEach(r -> foreign.add(language + " " + page + ": " + r));
                    assertThat(resources).as(page + " loads its stylesheet and script").anyMatch(r -> r.endsWith("/css/tendik.css"));
                    violations(web).forEach(v -> foreign.add(language + " " + page + ": blocked by CSP: " + v));
                    assertThat(web.findElement(By.tagName("html")).getAttribute("lang")).as(page).isEqualTo(language);
                }
                Set<String> cookies = web.manage().getCookies().stream().map(Cookie::getName).collect(Collectors.toSet());
                assertThat(cookies).as(language).containsExactly("TENDIK_LANG");
            }
            assertThat(foreign).as("resources from another origin, loaded or blocked").isEmpty();

            // the listener does see a blocked request: an image from the neutral site, which the policy refuses
            browser.open("/help");
            web.executeScript("const i = new Image(); i.src = arguments[0]; document.body.appendChild(i);",
                    neutralUrl() + "/pixel.png");
            browser.until(Duration.ofSeconds(5), d -> !violations(web).isEmpty());
            assertThat(violations(web)).anyMatch(v -> v.startsWith("img-src") && v.contains(neutralUrl()));
        } finally {
            web.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", listener.get("identifier")));
        }
    }

    @Test
    void theKeyboardReachesTheQuickExitRightAfterTheSkipLinkAndFocusIsClearlyVisible() {
        WebDriver web = browser.driver();
        for (String language : LANGUAGES) {
            for (String page : READING) {
                browser.open(page + (page.contains("?") ? "&" : "?") + "lang=" + language);
                // a first Tab can land on the document itself (nothing focused yet): the first element it reaches counts
                for (int i = 0; i < 3 && "BODY".equals(focusedTag(web)); i++) {
                    new Actions(web).sendKeys(Keys.TAB).perform();
                }
                WebElement first = web.switchTo().activeElement();
                assertThat(first.getAttribute("class")).as(language + " " + page + ": first stop " + focusedTag(web))
                        .contains("skip-link");
                assertVisibleFocus(web, language + " " + page + " skip link");
                new Actions(web).sendKeys(Keys.TAB).perform();
                assertThat(web.switchTo().activeElement().getAttribute("id")).as(language + " " + page + ": second stop")
                        .isEqualTo("quick-exit");
                assertVisibleFocus(web, language + " " + page + " quick exit");
            }
        }
        // the form controls of the centre finder: a ring of at least 3:1 against the white form behind it
        browser.open("/help/centres?lang=en");
        for (String control : List.of("#region", "#city", "#need", "#centre-search button[type=submit]")) {
            for (int i = 0; i < 40 && !focusedMatches(web, control); i++) {
                new Actions(web).sendKeys(Keys.TAB).perform();
            }
            assertThat(focusedMatches(web, control)).as("Tab reaches " + control).isTrue();
            assertVisibleFocus(web, control);
        }
    }

    @Test
    void nothingOverflowsSidewaysAtTwiceTheTextSize() {
        WebDriver web = browser.driver();
        List<String> overflowing = new ArrayList<>();
        for (Dimension window : List.of(new Dimension(1280, 900), new Dimension(640, 900))) {
            web.manage().window().setSize(window);
            try {
                for (String language : LANGUAGES) {
                    for (String page : READING) {
                        browser.open(page + (page.contains("?") ? "&" : "?") + "lang=" + language);
                        Object wide = browser.script("""
                                document.documentElement.style.fontSize = '200%';
                                const width = window.innerWidth;
                                if (document.documentElement.scrollWidth <= width) { return null; }
                                return document.documentElement.scrollWidth + ' > ' + width + ': ' + Array.from(
                                        document.querySelectorAll('body *'))
                                    .filter(e => e.getBoundingClientRect().right > width + 1)
                                    .slice(0, 5).map(e => e.tagName + (e.id ? '#' + e.id : '')
                                        + (e.className && e.className.baseVal === undefined ? '.' + e.className : '')).join(', ');""");
                        if (wide != null) {
                            overflowing.add(window.getWidth() + "px " + language + " " + page + ": " + wide);
                        }
                    }
                }
            } finally {
                web.manage().window().setSize(new Dimension(1280, 900));
            }
        }
        assertThat(overflowing).as("pages wider than the window at 200 % text size").isEmpty();
    }

    @Test
    void nearMeFindsTheNearestCentreWithoutPuttingThePositionInTheAddress() throws IOException {
        ChromeDriver web = (ChromeDriver) browser.driver();
        web.executeCdpCommand("Browser.grantPermissions", Map.of("origin", browser.url(""),
                "permissions", List.of("geolocation")));
        // a position in Temirtau: its centre is nearest, Karaganda's (about 30 km away) next
        web.executeCdpCommand("Emulation.setGeolocationOverride", Map.of("latitude", 50.0549, "longitude", 72.9646,
                "accuracy", 50));
        web.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.open("/help/centres?lang=en");
            String address = web.getCurrentUrl();
            long history = (Long) web.executeScript("return history.length");
            WebElement near = web.findElement(By.id("near-me"));
            assertThat(near.isDisplayed()).as("the button is shown when the browser can locate").isTrue();
            near.click();
            // the results are swapped in by script: the heading read may be replaced while it is read
            browser.until(Duration.ofSeconds(15), d ->
                    d.findElement(By.id("results-title")).getText().startsWith("Nearest centres"));
            List<String> names = web.findElements(By.cssSelector("ul.centre-list h3 a")).stream().map(WebElement::getText).toList();
            assertThat(names).first().isEqualTo("Temirtau Family Support Centre");
            assertThat(names.get(1)).isEqualTo("Karaganda City Family Support Centre");
            assertThat(web.findElement(By.id("results")).getText()).contains("km away");
            assertThat(web.switchTo().activeElement().getAttribute("id")).as("focus moves to the results").isEqualTo("results");
            // the position goes to the server once, rounded to about a kilometre, and stays out of the address and history
            assertThat(web.getCurrentUrl()).isEqualTo(address).doesNotContain("lat").doesNotContain("50.0");
            assertThat((Long) web.executeScript("return history.length")).isEqualTo(history);
            @SuppressWarnings("unchecked")
            List<String> requests = (List<String>) web.executeScript(
                    "return performance.getEntriesByType('resource').map(e => e.name).filter(n => n.includes('/help/centres/results'));");
            assertThat(requests).singleElement().satisfies(r -> assertThat(r).contains("lat=50.05&lon=72.96"));
            browser.screenshot("portal-phone-centres-near-me-en");
        } finally {
            web.executeCdpCommand("Emulation.clearGeolocationOverride", Map.of());
            web.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void thePublicRegionalPageShowsImportedRegionalValuesAccessibly() throws IOException {
        WebDriver web = browser.driver();
        browser.open("/help/data/regions?lang=en");
        if (!web.findElements(By.id("no-regional")).isEmpty()) { // this JVM's database has no regional value yet
            for (String language : LANGUAGES) {
                browser.open("/help/data/regions?lang=" + language);
                browser.screenshot("portal-desktop-figures-regions-empty-" + language);
            }
            web.manage().window().setSize(new Dimension(390, 844));
            try {
                for (String language : LANGUAGES) {
                    browser.open("/help/data/regions?lang=" + language);
                    browser.screenshot("portal-phone-figures-regions-empty-" + language);
                }
            } finally {
                web.manage().window().setSize(new Dimension(1280, 900));
            }
        }
        imports.importFile("portal-regions-fixture.csv", REGIONAL_FIXTURE.getBytes(StandardCharsets.UTF_8), null);
        web.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        String axe = axeSource();
        for (String language : LANGUAGES) {
            browser.open("/help/data/regions?indicator=lfpr&period=2021&lang=" + language);
            assertThat(web.findElements(By.cssSelector("figure.svg-chart svg[role=img]"))).isNotEmpty();
            assertThat(web.findElements(By.id("no-regional"))).isEmpty();
            assertThat(web.findElement(By.tagName("main")).getText()).contains("2021");
            browser.script(axe);
            assertThat(axeViolations(web)).as(language + " regional page").isEmpty();
            browser.screenshot("portal-desktop-figures-regions-values-" + language);
        }
        web.manage().window().setSize(new Dimension(390, 844));
        try {
            web.navigate().refresh();
            browser.screenshot("portal-phone-figures-regions-values-en");
        } finally {
            web.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void screenshotsOnAPhoneAndADesktop() throws IOException {
        WebDriver web = browser.driver();
        for (String language : LANGUAGES) {
            browser.open("/help?lang=" + language);
            String centre = pagesWithACentre(web).get(PAGES.size());
            browser.open("/help");
            browser.screenshot("portal-desktop-home-" + language);
            web.manage().window().setSize(new Dimension(390, 844));
            try {
                web.navigate().refresh();
                browser.screenshot("portal-phone-home-" + language);
                browser.open("/help/pages/safety-plan");
                browser.screenshot("portal-phone-safety-plan-" + language);
                browser.open("/help/centres?region=KZ-75&need=SHELTER");
                browser.scrollTo("results");
                browser.screenshot("portal-phone-centres-results-" + language);
                browser.open(centre);
                browser.screenshot("portal-phone-centre-" + language);
                browser.open("/help/data/open");
                browser.screenshot("portal-phone-open-data-" + language);
                browser.open("/help/no-such-page");
                browser.screenshot("portal-phone-not-found-" + language);
            } finally {
                web.manage().window().setSize(new Dimension(1280, 900));
            }
            browser.open("/help/centres?need=LEGAL_AID");
            browser.screenshot("portal-desktop-centres-" + language);
            browser.open(centre);
            browser.screenshot("portal-desktop-centre-" + language);
            browser.open("/help/pages/safety-plan");
            browser.screenshot("portal-desktop-safety-plan-" + language);
            browser.open("/help/data/open");
            browser.screenshot("portal-desktop-open-data-" + language);
        }
    }

    @Test
    void publishedFiguresWorkWithoutScriptOnAPhoneAndADesktop() throws IOException {
        WebDriver web = browser.driver();
        for (String language : LANGUAGES) {
            for (String page : FIGURES) {
                String name = page.equals("/help/data") ? "kazakhstan" : page.substring(page.lastIndexOf('/') + 1);
                browser.open(page + "?lang=" + language);
                // drawn on the server: the charts are there with no script of their own, and nothing loads a library
                assertThat(web.findElements(By.tagName("canvas"))).isEmpty();
                if (!name.equals("regions")) {
                    assertThat(web.findElements(By.cssSelector("figure.svg-chart svg[role=img]"))).isNotEmpty();
                }
                long bytes = (Long) browser.script("""
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

    /** The serious and critical violations axe-core (already injected) finds on the current page. */
    private static List<String> axeViolations(WebDriver web) {
        Object found = ((JavascriptExecutor) web).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document).then(r => done(r.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
                  .catch(e => done(['axe failed: ' + e]));""");
        return ((List<?>) found).stream().map(String::valueOf).toList();
    }

    private static boolean focusedMatches(WebDriver web, String selector) {
        return Boolean.TRUE.equals(((JavascriptExecutor) web).executeScript(
                "return document.activeElement !== null && document.activeElement.matches(arguments[0]);", selector));
    }

    private static String focusedTag(WebDriver web) {
        return String.valueOf(((JavascriptExecutor) web).executeScript(
                "const e = document.activeElement; return e ? e.tagName + (e.id ? '#' + e.id : '') : 'BODY';"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> violations(WebDriver web) {
        Object found = ((JavascriptExecutor) web).executeScript("return window.__cspViolations || []");
        return (List<String>) found;
    }

    /** The focused element has a solid outline at least 2px wide whose colour has 3:1 or more against white. */
    private static void assertVisibleFocus(WebDriver web, String what) {
        @SuppressWarnings("unchecked")
        List<String> outline = (List<String>) ((JavascriptExecutor) web).executeScript("""
                const s = getComputedStyle(document.activeElement);
                return [s.outlineStyle, s.outlineWidth, s.outlineColor];""");
        assertThat(outline.get(0)).as(what + " outline style").isEqualTo("solid");
        assertThat(Double.parseDouble(outline.get(1).replace("px", ""))).as(what + " outline width").isGreaterThanOrEqualTo(2);
        assertThat(contrastWithWhite(outline.get(2))).as(what + " outline " + outline.get(2) + " against white")
                .isGreaterThanOrEqualTo(3.0);
    }

    /** WCAG 2.1 contrast ratio of a CSS {@code rgb(r, g, b)} colour against white. */
    static double contrastWithWhite(String rgb) {
        Matcher m = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)").matcher(rgb);
        assertThat(m.find()).as(rgb).isTrue();
        double luminance = 0.2126 * linear(m.group(1)) + 0.7152 * linear(m.group(2)) + 0.0722 * linear(m.group(3));
        return 1.05 / (luminance + 0.05);
    }

    private static double linear(String channel) {
        double c = Integer.parseInt(channel) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** The public pages plus the page of the first centre the finder lists. */
    private List<String> pagesWithACentre(WebDriver web) {
        browser.open("/help/centres");
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

    private void waitFor(String address) {
        browser.until(d -> d.getCurrentUrl().equals(address));
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
