package kz.tendik.indicators.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import kz.tendik.indicators.csv.CsvTable;

/**
 * SDMX-CSV, version 1.0 (first column {@code DATAFLOW}) and 2.0 ({@code STRUCTURE}, {@code STRUCTURE_ID} and an
 * optional {@code ACTION}; headers may carry labels as {@code ID: Label}). Read columns: the series dimension
 * ({@code INDICATOR} or {@code SERIES}), {@code REF_AREA} (ISO 3166-1 alpha-3 or ISO 3166-2:KZ), {@code TIME_PERIOD}
 * (2023, 2023-Q1, 2023-05), {@code SEX} (F/FEMALE, M/MALE, _T), {@code OBS_VALUE}, and if present
 * {@code UNIT_MEASURE} (or {@code UNITS}) and {@code OBS_STATUS}. Other dimensions and attributes are ignored.
 * A series is mapped to a catalogue indicator by {@code indicator_sdmx_series}, or is itself a catalogue code;
 * where the mapping names a unit, another unit is refused. The source of each value is the dataflow; the note
 * records the series and the observation status, so re-importing the same file adds nothing.
 */
final class SdmxFormat {

    /** How a series is read: the catalogue code, and the unit it must come in ({@code null}: not checked). */
    record Series(String indicator, String unit) {
    }

    /** Observation status codes of SDMX for a missing value: such a row without a value is skipped. */
    private static final Set<String> MISSING_STATUS = Set.of("M", "L");

    private SdmxFormat() {
    }

    static boolean looksLikeSdmx(CsvTable table) {
        return column(table, "DATAFLOW") >= 0 || column(table, "STRUCTURE_ID") >= 0;
    }

    /** The column whose id (the part before {@code ": "} when labels are included) is {@code id}, or -1. */
    static int column(CsvTable table, String id) {
        for (int c = 0; c < table.header().size(); c++) {
            String name = table.header().get(c).strip();
            int colon = name.indexOf(':');
            if ((colon >= 0 ? name.substring(0, colon).strip() : name).equalsIgnoreCase(id)) {
                return c;
            }
        }
        return -1;
    }

    static List<ValueRow> read(CsvTable table, Map<String, Boolean> catalogue, Map<String, Series> mappings) {
        int flow = column(table, "DATAFLOW") >= 0 ? column(table, "DATAFLOW") : column(table, "STRUCTURE_ID");
        String flowColumn = column(table, "DATAFLOW") >= 0 ? "DATAFLOW" : "STRUCTURE_ID";
        int series = column(table, "INDICATOR") >= 0 ? column(table, "INDICATOR") : column(table, "SERIES");
        String seriesColumn = column(table, "INDICATOR") >= 0 ? "INDICATOR" : "SERIES";
        int area = column(table, "REF_AREA");
        int time = column(table, "TIME_PERIOD");
        int sex = column(table, "SEX");
        int value = column(table, "OBS_VALUE");
        int unit = column(table, "UNIT_MEASURE") >= 0 ? column(table, "UNIT_MEASURE") : column(table, "UNITS");
        String unitColumn = column(table, "UNIT_MEASURE") >= 0 ? "UNIT_MEASURE" : "UNITS";
        int status = column(table, "OBS_STATUS");
        int action = column(table, "ACTION");
        List<RowProblem> problems = new ArrayList<>();
        for (var required : List.of(Map.entry("INDICATOR", series), Map.entry("REF_AREA", area),
                Map.entry("TIME_PERIOD", time), Map.entry("SEX", sex), Map.entry("OBS_VALUE", value))) {
            if (required.getValue() < 0) {
                problems.add(new RowProblem(1, required.getKey(), "indicators.import.error.missingColumn"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRejected(problems);
        }
        if (table.rows().isEmpty()) {
            throw new ImportRejected(List.of(new RowProblem(1, null, "indicators.import.error.empty")));
        }
        List<String> columns = List.of(seriesColumn, "REF_AREA", "TIME_PERIOD", "SEX", "OBS_VALUE", flowColumn,
                "OBS_STATUS");
        List<ValueRow> values = new ArrayList<>(table.rows().size());
        Set<String> seen = new HashSet<>();
        for (CsvTable.Row r : table.rows()) {
            int row = r.number() + 1;
            String statusCode = status < 0 ? "" : r.cell(status).strip().toUpperCase(Locale.ROOT);
            if (r.cell(value).isBlank() && MISSING_STATUS.contains(statusCode)) {
                continue;
            }
            int before = problems.size();
            if (action >= 0 && !List.of("", "I", "A", "R").contains(r.cell(action).strip().toUpperCase(Locale.ROOT))) {
                problems.add(new RowProblem(row, "ACTION", "indicators.import.error.sdmxAction"));
            }
            String seriesCode = r.cell(series).strip();
            Series mapped = mappings.get(seriesCode.toUpperCase(Locale.ROOT));
            if (mapped != null && mapped.unit() != null && unit >= 0
                    && !mapped.unit().equalsIgnoreCase(r.cell(unit).strip())) {
                problems.add(new RowProblem(row, unitColumn, "indicators.import.error.unit"));
            }
            String note = "SDMX series " + seriesCode + (statusCode.isEmpty() ? "" : ", OBS_STATUS " + statusCode);
            String source = flow < 0 ? "" : r.cell(flow).strip();
            String[] cells = {mapped != null ? mapped.indicator() : seriesCode, r.cell(area), r.cell(time),
                    sex(r.cell(sex)), r.cell(value), source.isEmpty() ? "" : "SDMX " + source, note};
            int checked = problems.size();
            ValueRow v = LongFormat.check(row, cells, columns, catalogue, seen, problems);
            // say it in SDMX terms: an unknown series (not a catalogue code), a numeric M49 area code
            for (int i = checked; i < problems.size(); i++) {
                RowProblem p = problems.get(i);
                if (p.messageKey().equals("indicators.import.error.unknownIndicator")) {
                    problems.set(i, new RowProblem(row, p.column(), "indicators.import.error.unknownSeries"));
                } else if (p.column().equals("REF_AREA") && r.cell(area).strip().matches("\\d{1,3}")) {
                    problems.set(i, new RowProblem(row, p.column(), "indicators.import.error.m49"));
                }
            }
            if (v != null && problems.size() == before) {
                values.add(v);
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRejected(problems);
        }
        return values;
    }

    /** SDMX codes of the SEX dimension (codelist CL_SEX and the SDG database's) as F, M or T. */
    private static String sex(String code) {
        return switch (code.strip().toUpperCase(Locale.ROOT)) {
            case "F", "FEMALE" -> "F";
            case "M", "MALE" -> "M";
            case "_T", "T", "BOTHSEX" -> "T";
            default -> code;
        };
    }
}
