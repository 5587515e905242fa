package kz.tendik.browser;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import kz.tendik.identity.OrgUnit;
import kz.tendik.identity.Role;
import kz.tendik.indicators.GenderInequalityIndex;
import kz.tendik.indicators.csv.CsvTable;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * An analyst in headless Chromium imports a file through the import page; the index results are recomputed from
 * the new inputs and the dashboard shows them in its Chart.js chart and its table; the figure's CSV and XLSX
 * downloads hold them. Screenshots of every dashboard in Kazakh, Russian and English go to target/screenshots/.
 */
@BrowserJourney
class IndicatorDashboardJourneyTest {

    private static final String USERNAME = "browser.analyst";
    private static final String PASSWORD = "Steppe-Numbers-Analyst-2026";
    /** Kazakhstan 2024: new wages and every GII input, as a statistics office would send them. */
    private static final String FILE = """
            indicator,geo,period,sex,value,source,note
            wage_monthly,KAZ,2024,F,350000,Bureau of National Statistics of Kazakhstan,browser test
            wage_monthly,KAZ,2024,M,460000,Bureau of National Statistics of Kazakhstan,browser test
            mmr,KAZ,2024,T,12.5,UNDP HDR,browser test
            abr,KAZ,2024,T,19.75,UNDP HDR,browser test
            se,KAZ,2024,F,100,UNDP HDR,browser test
            se,KAZ,2024,M,100,UNDP HDR,browser test
            pr,KAZ,2024,F,27.5,UNDP HDR,browser test
            pr,KAZ,2024,M,72.5,UNDP HDR,browser test
            lfpr,KAZ,2024,F,64.25,UNDP HDR,browser test
            lfpr,KAZ,2024,M,75.5,UNDP HDR,browser test
            """;

    private Browser browser;
    private Path downloads;

    @BeforeAll
    void start(Browser browser, JourneyAccounts users) {
        this.browser = browser;
        downloads = browser.downloads();
        users.user(USERNAME, "Ерлан Ахметов", PASSWORD, Role.NATIONAL_ANALYST, OrgUnit.NATIONAL, "ru");
    }

    @Test
    void anAnalystImportsAFileSeesTheRecomputedFiguresOnTheDashboardAndDownloadsThem() throws Exception {
        WebDriver web = browser.driver();
        signIn(web, "ru");

        browser.open("/indicators/dashboards");
        assertThat(rowOf(web, "kz-pay", "2024")).as("no 2024 pay gap before the import").isNull();

        Path file = Files.writeString(downloads.resolve("kaz-2024.csv"), FILE, StandardCharsets.UTF_8);
        browser.open("/indicators/import");
        web.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        web.findElement(By.cssSelector("main form button[type=submit]")).click();
        browser.until(Duration.ofSeconds(20), d -> d.findElement(By.tagName("main")).getText().contains("Загружено"));
        browser.screenshot("dashboard-import-done-ru");

        // the figures the dashboard must show, computed here independently of the stored results
        double gap = (460000.0 - 350000.0) / 460000.0 * 100;
        double gii = GenderInequalityIndex.compute(new GenderInequalityIndex.Inputs(12.5, 19.75, 100.0, 100.0, 27.5, 72.5,
                64.25, 75.5)).orElseThrow().gii();

        browser.open("/indicators/dashboards");
        WebElement payRow = rowOf(web, "kz-pay", "2024");
        assertThat(payRow).as("the 2024 row of the pay gap table").isNotNull();
        assertThat(text(payRow)).contains(String.format("%.1f", gap).replace('.', ','), "76,1");
        assertThat(text(rowOf(web, "kz-gii", "2024"))).contains(String.format("%.3f", gii).replace('.', ','));
        // the chart drawn by Chart.js holds the same figures
        browser.until(d -> Boolean.TRUE.equals(
                browser.script("return !!(window.Chart && Chart.getChart('chart-kz-pay'));")));
        @SuppressWarnings("unchecked")
        List<Object> chart = (List<Object>) browser.script("""
                const c = Chart.getChart('chart-kz-pay'); const i = c.data.labels.indexOf('2024');
                return [i, c.data.datasets[0].data[i], c.data.datasets[1].data[i]];""");
        assertThat(((Number) chart.get(0)).intValue()).isNotNegative();
        assertThat(((Number) chart.get(1)).doubleValue()).isCloseTo(gap, within(1e-9));
        Object giiInChart = browser.script("""
                const c = Chart.getChart('chart-kz-gii'); return c.data.datasets[0].data[c.data.labels.indexOf('2024')];""");
        assertThat(((Number) giiInChart).doubleValue()).isCloseTo(gii, within(1e-9));
        browser.scrollTo("title-kz-pay");
        browser.screenshot("dashboard-pay-gap-after-import-ru");

        // downloads: the CSV and the XLSX of the pay gap figure
        web.findElement(By.cssSelector("a[href='/indicators/dashboards/data/kz-pay.csv']")).click();
        Path csv = waitForDownload("kz-pay.csv");
        CsvTable table = CsvTable.read(Files.newInputStream(csv));
        assertThat(table.header()).containsExactly("Год", "Разрыв в оплате труда (средняя зарплата)",
                "Заработок женщин в % от заработка мужчин");
        CsvTable.Row row2024 = table.rows().stream().filter(r -> r.cell(0).equals("2024")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(row2024.cell(1))).isCloseTo(gap, within(1e-9));
        web.findElement(By.cssSelector("a[href='/indicators/dashboards/data/kz-pay.xlsx']")).click();
        Path xlsx = waitForDownload("kz-pay.xlsx");
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            Row row = workbook.getFirstSheet().read().stream().filter(r -> r.getCellAsString(0).orElse("").equals("2024"))
                    .findFirst().orElseThrow();
            assertThat(row.getCellAsNumber(1).orElseThrow().doubleValue()).isCloseTo(gap, within(1e-9));
        }
    }

    @Test
    void screenshotsOfEveryDashboardInEveryLanguage() throws Exception {
        WebDriver web = browser.driver();
        signIn(web, "en");
        for (String lang : List.of("kk", "ru", "en")) {
            for (String page : List.of("", "/neighbours?peer=MNG&peer=TUR", "/country?country=UZB", "/regions")) {
                browser.open("/indicators/dashboards" + page + (page.contains("?") ? "&" : "?") + "lang=" + lang);
                browser.until(d -> Boolean.TRUE.equals(browser
                        .script("return document.querySelectorAll('canvas').length === 0 || "
                                + "!!(window.Chart && Chart.getChart(document.querySelector('canvas')));")));
                String name = page.isEmpty() ? "kazakhstan" : page.substring(1).replaceAll("\\?.*", "");
                browser.screenshot("dashboard-desktop-" + name + "-" + lang);
            }
        }
    }

    /** Signs in as the test analyst unless already signed in (the tests share the browser). */
    private void signIn(WebDriver web, String lang) {
        browser.open("/indicators?lang=" + lang);
        if (web.getCurrentUrl().contains("/login")) {
            browser.submitPassword(USERNAME, PASSWORD);
            browser.until(d -> !d.getCurrentUrl().contains("/login"));
        }
    }

    private static WebElement rowOf(WebDriver web, String chart, String year) {
        List<WebElement> rows = web.findElements(By.xpath("//section[h2[@id='title-" + chart + "']]//tbody/tr[th='" + year + "']"));
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** The row's text (its table sits in a closed details element, so textContent rather than the visible text). */
    private String text(WebElement row) {
        return (String) browser.script("return arguments[0].textContent;", row);
    }

    private Path waitForDownload(String name) {
        Path file = downloads.resolve(name);
        browser.until(Duration.ofSeconds(20), d -> Files.exists(file)
                && !Files.exists(downloads.resolve(name + ".crdownload")));
        return file;
    }
}
