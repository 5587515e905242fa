package kz.tendik.browser;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Function;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.time.SystemTimeProvider;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's headless Chromium driven by its own chromedriver (both from apt; nothing is downloaded at run time),
 * pointed at the application on {@code http://localhost:<port>}, with what every journey does there: open a page,
 * sign in (password, then the two-factor code), wait (looking again when htmx has just replaced an element), fill a
 * form, click, read the page. Screenshots go to {@code target/screenshots/}.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target/screenshots");
    /** How long a wait lasts unless the journey says otherwise. */
    private static final Duration WAIT = Duration.ofSeconds(10);
    /** How long a page takes to come after a form is sent, at the most. */
    private static final Duration PAGE = Duration.ofSeconds(15);

    private final WebDriver driver;
    private final Path profile;
    private final Path downloads;
    private final String base;

    Browser(int port) throws IOException {
        this("http://localhost:" + port);
    }

    /** A browser of its own (a fresh profile) that saves downloads, without asking, into {@link #downloads()}. */
    private Browser(String base) throws IOException {
        this.base = base;
        profile = Files.createTempDirectory("tendik-chromium-");
        downloads = Files.createDirectory(profile.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory",
                downloads.toAbsolutePath().toString(), "download.prompt_for_download", false));
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    WebDriver driver() {
        return driver;
    }

    /** Another browser on the same application, with nothing of this one's (someone else's phone, say). */
    Browser another() throws IOException {
        return new Browser(base);
    }

    /** Where the files this browser downloads arrive. */
    Path downloads() {
        return downloads;
    }

    /** The address of {@code path} (with its query) on the application. */
    String url(String path) {
        return base + path;
    }

    void open(String path) {
        driver.get(url(path));
    }

    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = SCREENSHOTS.resolve(name + ".png");
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /** The element with this id scrolled into view, then a picture. */
    Path screenshotAt(String id, String name) throws IOException {
        scrollTo(id);
        return screenshot(name);
    }

    /** The element in the middle of the window, then a picture (of the window: what is around it shows too). */
    Path screenshotOf(WebElement element, String name) throws IOException {
        script("arguments[0].scrollIntoView({block: 'center'});", element);
        return screenshot(name);
    }

    void scrollTo(String id) {
        script("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    /**
     * Signs in with a password in {@code language} and, when {@code secret} is not null, the current two-factor code
     * of {@code secret}; waits for the home page.
     */
    void signIn(String username, String password, String secret, String language) throws Exception {
        open("/login?lang=" + language);
        submitPassword(username, password);
        if (secret != null) {
            waitForPath("/login/two-factor");
            submitCode(secret);
        }
        waitForPath("/");
    }

    /** Sends the sign-in form of the page shown. */
    void submitPassword(String username, String password) {
        driver.findElement(By.name("username")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
    }

    /** Sends the two-factor form of the page shown with the current code of {@code secret}. */
    void submitCode(String secret) throws Exception {
        driver.findElement(By.name("code")).sendKeys(totp(secret));
        driver.findElement(By.cssSelector("form[action$='/login/two-factor'] button[type=submit]")).click();
    }

    /** Forgets the session (and every other cookie): the next page is an anonymous visitor's. */
    void signOut() {
        driver.manage().deleteAllCookies();
    }

    /** Waits for the page at {@code path}; when it does not come, fails with the errors the form shows. */
    void waitForPath(String path) {
        try {
            until(PAGE, d -> URI.create(d.getCurrentUrl()).getPath().equals(path));
        } catch (TimeoutException e) {
            throw new AssertionError("still at " + driver.getCurrentUrl() + " instead of " + path + "; errors: "
                    + script("""
                    return Array.from(document.querySelectorAll('.field-error, .alert.error')).map(e =>
                        ((e.parentElement && e.parentElement.querySelector('[name]')) || {name: '?'}).name + ': '
                        + e.textContent.trim()).join(' | ');"""), e);
        }
    }

    /** Waits until {@code condition} gives something other than null or false, looking again after a stale element. */
    <T> T until(Function<WebDriver, T> condition) {
        return until(WAIT, condition);
    }

    <T> T until(Duration timeout, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout).ignoring(StaleElementReferenceException.class)
                .until(condition::apply);
    }

    /** Waits until the main part of the page says {@code text}. */
    void waitForText(String text) {
        until(d -> d.findElement(By.tagName("main")).getText().contains(text));
    }

    /** What the main part of the page says. */
    String mainText() {
        return driver.findElement(By.tagName("main")).getText();
    }

    /** Types {@code value} into the field named {@code field}, replacing what it held. */
    void fill(String field, String value) {
        WebElement input = driver.findElement(By.name(field));
        input.clear();
        input.sendKeys(value);
    }

    /**
     * Sets the field named {@code field} to {@code value} as a form sends it ({@code toString()}: ISO for dates and
     * times, which a date input takes only in the browser's locale when typed).
     */
    void setValue(String field, Object value) {
        setValue(driver.findElement(By.name(field)), value);
    }

    void setValue(WebElement input, Object value) {
        script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));", input,
                String.valueOf(value));
    }

    /** Scrolls the element to the middle of the window (off screen, or under a sticky bar, it takes no click). */
    void click(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** The two-factor code of {@code secret} now (TOTP, SHA-1, 6 digits, 30 s). */
    static String totp(String secret) throws Exception {
        return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, new SystemTimeProvider().getTime() / 30);
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        FileSystemUtils.deleteRecursively(profile);
    }
}
