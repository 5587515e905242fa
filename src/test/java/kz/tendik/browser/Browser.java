package kz.tendik.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.time.SystemTimeProvider;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its own chromedriver (both from apt; nothing is downloaded at run
 * time). Screenshots go to {@code target/screenshots/}.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target/screenshots");
    private final WebDriver driver;
    private final Path profile;

    Browser() throws IOException {
        this(null);
    }

    /** A browser that saves downloads, without asking, into {@code downloads} (when not null). */
    Browser(Path downloads) throws IOException {
        profile = Files.createTempDirectory("tendik-chromium-");
        ChromeOptions options = new ChromeOptions();
        if (downloads != null) {
            options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory",
                    downloads.toAbsolutePath().toString(), "download.prompt_for_download", false));
        }
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

    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = SCREENSHOTS.resolve(name + ".png");
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /**
     * Signs in at {@code base} with a password and the current two-factor code of {@code secret}, in {@code language},
     * and waits for the home page.
     */
    void signIn(String base, String username, String password, String secret, String language) throws Exception {
        driver.get(base + "/login?lang=" + language);
        driver.findElement(By.name("username")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
        waitForPath("/login/two-factor");
        driver.findElement(By.name("code")).sendKeys(totp(secret));
        driver.findElement(By.cssSelector("form[action$='/login/two-factor'] button[type=submit]")).click();
        waitForPath("/");
    }

    void waitForPath(String path) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> java.net.URI.create(d.getCurrentUrl()).getPath().equals(path));
    }

    /** The two-factor code of {@code secret} now (TOTP, SHA-1, 6 digits, 30 s). */
    static String totp(String secret) throws Exception {
        return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, new SystemTimeProvider().getTime() / 30);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
