package kz.tendik.programs.results;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kz.tendik.shared.documents.XlsxColumn;
import kz.tendik.shared.documents.XlsxSheet;
import kz.tendik.shared.documents.XlsxWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The programme indicators as CSV (Jackson CSV, UTF-8, one table with a dimension column) and XLSX (one sheet per
 * dimension), with headers in the reader's language. Labels that a spreadsheet would take for a formula are
 * prefixed with an apostrophe.
 */
@Component
class IndicatorExports {

    private static final CsvMapper CSV = CsvMapper.builder().build();
    private final MessageSource messages;

    IndicatorExports(MessageSource messages) {
        this.messages = messages;
    }

    private List<String> header(Locale locale) {
        return List.of("dimension", "group", "programs.results.enrolled", "programs.results.completed",
                        "programs.results.completionRate", "programs.results.attendanceRate", "programs.results.paired",
                        "programs.results.meanChange", "programs.results.shareMoreEquitable",
                        "programs.results.followedUp", "programs.results.businessesStarted").stream()
                .map(key -> messages.getMessage(key.startsWith("programs.") ? key : "programs.results." + key, null, locale))
                .toList();
    }

    String csv(Map<String, List<IndicatorRow>> all, Locale locale) {
        List<String> header = header(locale);
        CsvSchema.Builder schema = CsvSchema.builder();
        header.forEach(h -> schema.addColumn(h));
        StringWriter out = new StringWriter();
        try (var writer = CSV.writer(schema.build().withHeader()).writeValues(out)) {
            for (List<IndicatorRow> rows : all.values()) {
                for (IndicatorRow r : rows) {
                    writer.write(List.of(dimension(r.dimension(), locale), safe(r.label()), String.valueOf(r.enrolled()),
                            String.valueOf(r.completed()), text(r.completionRate()), text(r.attendanceRate()),
                            String.valueOf(r.paired()), text(r.meanScoreChange()), text(r.shareMoreEquitable()),
                            String.valueOf(r.followedUp()), String.valueOf(r.businessesStarted())));
                }
            }
        }
        return out.toString();
    }

    byte[] xlsx(Map<String, List<IndicatorRow>> all, Locale locale) {
        List<String> header = header(locale);
        return XlsxWorkbook.toBytes(locale, workbook -> all.forEach((dimension, rows) -> {
            XlsxSheet sheet = workbook.sheet(dimension(dimension, locale), List.of(
                    XlsxColumn.text(header.get(1), 36), XlsxColumn.integer(header.get(2), 12),
                    XlsxColumn.integer(header.get(3), 12), XlsxColumn.decimal(header.get(4), 14, 3),
                    XlsxColumn.decimal(header.get(5), 14, 3), XlsxColumn.integer(header.get(6), 12),
                    XlsxColumn.decimal(header.get(7), 14, 2), XlsxColumn.decimal(header.get(8), 14, 3),
                    XlsxColumn.integer(header.get(9), 12), XlsxColumn.integer(header.get(10), 12)));
            for (IndicatorRow r : rows) {
                List<Object> cells = new ArrayList<>();
                cells.add(r.label());
                cells.add(r.enrolled());
                cells.add(r.completed());
                cells.add(r.completionRate());
                cells.add(r.attendanceRate());
                cells.add(r.paired());
                cells.add(r.meanScoreChange());
                cells.add(r.shareMoreEquitable());
                cells.add(r.followedUp());
                cells.add(r.businessesStarted());
                sheet.row(cells);
            }
        }));
    }

    private String dimension(String dimension, Locale locale) {
        return messages.getMessage("programs.results.dimension." + dimension, null, locale);
    }

    private static String text(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.4f", value);
    }

    static String safe(String label) {
        return label != null && !label.isEmpty() && "=+-@\t\r".indexOf(label.charAt(0)) >= 0 ? "'" + label : label;
    }
}
