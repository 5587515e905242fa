package kz.tendik.shared.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

import kz.tendik.shared.i18n.Languages;

class XlsxWorkbookTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 29);
    private static final List<XlsxColumn> INCIDENT_COLUMNS = List.of(
            XlsxColumn.text("Зардап шегушінің коды", 22),
            XlsxColumn.date("Оқиға күні", 12),
            XlsxColumn.integer("Жасы", 8),
            XlsxColumn.decimal("Қауіп балы", 10, 2),
            XlsxColumn.text("Оқиға түрі", 30));

    @Test
    void aSheetReadsBackWithItsHeadersTypesAndValues() throws IOException {
        byte[] bytes = XlsxWorkbook.toBytes(Languages.KAZAKH, workbook -> workbook.sheet("Оқиғалар", INCIDENT_COLUMNS)
                .row("KZ-71-000123", DAY, 34, new BigDecimal("14.375"), "Физикалық зорлық-зомбылық (әғқңөұүһі)")
                .row("KZ-71-000124", null, 17L, 9.5, "=HYPERLINK(\"http://x\")")
                .row(List.of("KZ-71-000125", DAY.minusDays(1), (short) 61, 0, "ӘҒҚҢӨҰҮҺІ")));

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes),
                new ReadingOptions(true, false))) {
            Sheet sheet = workbook.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo("Оқиғалар");
            List<Row> rows = sheet.read();
            assertThat(rows).hasSize(4);
            assertThat(rows.get(0).stream().map(cell -> cell.getText()).toList())
                    .containsExactly("Зардап шегушінің коды", "Оқиға күні", "Жасы", "Қауіп балы", "Оқиға түрі");

            Row first = rows.get(1);
            assertThat(first.getCell(0).getType()).isEqualTo(CellType.STRING);
            assertThat(first.getCellAsString(0)).contains("KZ-71-000123");
            assertThat(first.getCell(1).getType()).isEqualTo(CellType.NUMBER);
            assertThat(first.getCellAsDate(1)).contains(LocalDateTime.of(2026, 11, 29, 0, 0));
            assertThat(first.getCell(1).getDataFormatString()).isEqualTo("dd.mm.yyyy");
            assertThat(first.getCell(2).getType()).isEqualTo(CellType.NUMBER);
            assertThat(first.getCellAsNumber(2)).contains(new BigDecimal("34"));
            assertThat(first.getCell(2).getDataFormatString()).isEqualTo("0");
            assertThat(first.getCellAsNumber(3)).contains(new BigDecimal("14.375"));
            assertThat(first.getCell(3).getDataFormatString()).isEqualTo("0.00");
            assertThat(first.getCellAsString(4)).contains("Физикалық зорлық-зомбылық (әғқңөұүһі)");

            Row second = rows.get(2);
            assertThat(second.getOptionalCell(1).map(cell -> cell.getType()).orElse(CellType.EMPTY))
                    .isEqualTo(CellType.EMPTY);
            assertThat(second.getCellAsNumber(2)).contains(new BigDecimal("17"));
            assertThat(second.getCellAsNumber(3)).contains(new BigDecimal("9.5"));
            assertThat(second.getCell(4).getType()).isEqualTo(CellType.STRING);
            assertThat(second.getCell(4).getFormula()).isNull();
            assertThat(second.getCellAsString(4)).contains("=HYPERLINK(\"http://x\")");

            Row third = rows.get(3);
            assertThat(third.getCellAsDate(1)).contains(LocalDateTime.of(2026, 11, 28, 0, 0));
            assertThat(third.getCellAsNumber(2)).contains(new BigDecimal("61"));
            assertThat(third.getCellAsString(4)).contains("ӘҒҚҢӨҰҮҺІ");
        }
    }

    @Test
    void theHeaderRowIsBoldAndFrozenAndColumnsHaveTheirWidths() throws IOException {
        byte[] bytes = XlsxWorkbook.toBytes(Languages.RUSSIAN, workbook -> workbook.sheet("Инциденты", INCIDENT_COLUMNS)
                .row("KZ-71-000123", DAY, 34, 1.5, "Психологическое насилие"));
        Map<String, String> parts = unzip(bytes);
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertThat(sheet).containsPattern("<pane [^>]*ySplit=\"1\"[^>]*state=\"frozen\"");
        assertThat(sheet).containsPattern("<col min=\"1\" max=\"1\" width=\"22(\\.0+)?\"");
        assertThat(sheet).containsPattern("<col min=\"5\" max=\"5\" width=\"30(\\.0+)?\"");
        assertThat(parts.get("xl/styles.xml")).contains("<b/>");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes),
                new ReadingOptions(true, false))) {
            assertThat(workbook.getFirstSheet().read().get(1).getCell(1).getDataFormatString())
                    .isEqualTo("dd.mm.yyyy");
        }
    }

    @Test
    void englishWorkbooksShowDatesDaySlashMonthAndPropertiesNameOnlyTendik() throws IOException {
        byte[] bytes = XlsxWorkbook.toBytes(Languages.ENGLISH, workbook -> workbook
                .sheet("Incidents", List.of(XlsxColumn.text("Survivor code", 16), XlsxColumn.date("Date", 12)))
                .row("KZ-75-000001", DAY));
        Map<String, String> parts = unzip(bytes);
        assertThat(parts.get("docProps/core.xml")).contains("<dc:creator>Tendik</dc:creator>")
                .doesNotContain("KZ-75-000001", "dc:title", "lastModifiedBy");
        assertThat(parts.get("docProps/app.xml")).contains("<Application>Tendik</Application>");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes),
                new ReadingOptions(true, false))) {
            assertThat(workbook.getFirstSheet().read().get(1).getCell(1).getDataFormatString())
                    .isEqualTo("dd/mm/yyyy");
        }
    }

    @Test
    void sheetsFollowEachOtherAndAnEarlierSheetTakesNoMoreRows() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxWorkbook workbook = XlsxWorkbook.writingTo(out, Languages.ENGLISH)) {
            XlsxSheet first = workbook.sheet("By region", List.of(XlsxColumn.text("Region", 20), XlsxColumn.integer("Count", 8)));
            first.row("KZ-71", 12).row("KZ-75", 30);
            XlsxSheet second = workbook.sheet("Rates: 2026/11", List.of(XlsxColumn.decimal("Rate", 8, 3)));
            second.row(0.125).row(Double.NaN);
            assertThatThrownBy(() -> first.row("KZ-11", 1)).isInstanceOf(IllegalStateException.class);
            assertThat(first.rowCount()).isEqualTo(2);
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("By region", "Rates- 2026-11");
            assertThat(sheets.get(0).read()).hasSize(3);
            List<Row> rates = sheets.get(1).read();
            assertThat(rates.get(1).getCellAsNumber(0)).contains(new BigDecimal("0.125"));
            assertThat(rates).as("NaN leaves its row without cells").hasSize(2);
        }
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedWithoutQuotingIt() {
        assertThatThrownBy(() -> XlsxWorkbook.toBytes(Languages.RUSSIAN, workbook -> workbook
                .sheet("Инциденты", INCIDENT_COLUMNS)
                .row("KZ-71-000123", DAY, "Айгерим Нурланова", 1.0, "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("column 3 (INTEGER)")
                .hasMessageNotContaining("Айгерим");
        assertThatThrownBy(() -> XlsxWorkbook.toBytes(Languages.RUSSIAN, workbook -> workbook
                .sheet("Инциденты", INCIDENT_COLUMNS).row("KZ-71-000123", DAY)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("KZ-71-000123");
        assertThatThrownBy(() -> XlsxWorkbook.toBytes(Languages.RUSSIAN, workbook -> { }))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void largeExportsAreStreamedWhileTheyAreWritten() throws IOException {
        int rows = 25_000;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int writtenBeforeClose;
        try (XlsxWorkbook workbook = XlsxWorkbook.writingTo(out, Languages.KAZAKH)) {
            XlsxSheet sheet = workbook.sheet("Оқиғалар", INCIDENT_COLUMNS);
            for (int i = 0; i < rows; i++) {
                sheet.row("KZ-71-" + i, DAY.minusDays(i % 365), i % 90, i / 7.0, i % 2 == 0 ? "Физикалық" : "Жыныстық");
            }
            writtenBeforeClose = out.size();
        }
        assertThat(writtenBeforeClose).isGreaterThan(out.size() / 2);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> read = workbook.getFirstSheet().read();
            assertThat(read).hasSize(rows + 1);
            assertThat(read.get(rows).getCellAsString(0)).contains("KZ-71-" + (rows - 1));
            assertThat(read.get(rows).getCellAsNumber(2)).contains(new BigDecimal((rows - 1) % 90));
        }
    }

    /** The parts of the package, read through its central directory (as Excel and LibreOffice do). */
    private static Map<String, String> unzip(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("tendik-test", ".xlsx");
        try {
            Files.write(file, bytes);
            Map<String, String> parts = new HashMap<>();
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
            return parts;
        } finally {
            Files.delete(file);
        }
    }
}
