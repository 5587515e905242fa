package kz.tendik.indicators.dashboards;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kz.tendik.indicators.csv.CsvTable;
import kz.tendik.indicators.store.Indicator;
import kz.tendik.shared.documents.XlsxColumn;
import kz.tendik.shared.documents.XlsxSheet;
import kz.tendik.shared.documents.XlsxWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A figure's data as files: CSV (UTF-8, the category then one column per series, values unrounded with a dot) and
 * XLSX (the same table with the values shown to the figure's decimals, and a second sheet naming the inputs, the
 * sources and the method).
 */
@Component
class ChartFiles {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private final MessageSource messages;
    private final Figures figures;

    ChartFiles(MessageSource messages, Figures figures) {
        this.messages = messages;
        this.figures = figures;
    }

    ResponseEntity<byte[]> csv(Chart chart) {
        List<String> header = new ArrayList<>();
        header.add(chart.categoryHeader());
        chart.series().forEach(s -> header.add(s.label()));
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < chart.categories().size(); r++) {
            List<String> row = new ArrayList<>();
            row.add(chart.categories().get(r));
            for (Chart.Series s : chart.series()) {
                Double value = s.values().get(r);
                row.add(value == null ? "" : plain(value));
            }
            rows.add(row);
        }
        StringWriter out = new StringWriter();
        CsvTable.write(out, header, rows);
        return file(out.toString().getBytes(StandardCharsets.UTF_8), new MediaType("text", "csv", StandardCharsets.UTF_8),
                chart.id() + ".csv");
    }

    ResponseEntity<byte[]> xlsx(Chart chart, Locale locale) {
        byte[] bytes = XlsxWorkbook.toBytes(locale, workbook -> {
            List<XlsxColumn> columns = new ArrayList<>();
            columns.add(XlsxColumn.text(chart.categoryHeader(), 28));
            chart.series().forEach(s -> columns.add(XlsxColumn.decimal(s.label(), 18, chart.decimals())));
            XlsxSheet data = workbook.sheet(text("dash.file.data", locale), columns);
            for (int r = 0; r < chart.categories().size(); r++) {
                List<Object> row = new ArrayList<>();
                row.add(chart.categories().get(r));
                for (Chart.Series s : chart.series()) {
                    row.add(s.values().get(r));
                }
                data.row(row);
            }
            XlsxSheet about = workbook.sheet(text("dash.file.about", locale), List.of(
                    XlsxColumn.text(text("dash.file.item", locale), 20), XlsxColumn.text(text("dash.file.detail", locale), 90)));
            about.row(text("dash.file.title", locale), chart.title());
            about.row(text("indicators.unit", locale), text(chart.unitKey(), locale));
            for (Indicator input : figures.inputs(chart)) {
                about.row(text("dash.inputs", locale), input.code() + " — " + input.name(locale));
            }
            chart.sources().forEach(s -> about.row(text("dash.sources", locale),
                    chart.sourceUrls().containsKey(s) ? s + " — " + chart.sourceUrls().get(s) : s));
            about.row(text("dash.method", locale), text(chart.methodKey(), locale));
            chart.methodVersions().forEach(v -> about.row(text("dash.methodVersion", locale), v));
        });
        return file(bytes, XLSX, chart.id() + ".xlsx");
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(bytes);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
