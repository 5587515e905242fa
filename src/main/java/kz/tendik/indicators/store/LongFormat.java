package kz.tendik.indicators.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import kz.tendik.indicators.csv.CsvTable;

/** The long-format CSV: {@code indicator,geo,period,sex,value,source,note}, one value a row. */
final class LongFormat {

    static final List<String> COLUMNS = List.of("indicator", "geo", "period", "sex", "value", "source", "note");
    static final Pattern GEO = Pattern.compile("[A-Z]{3}|ZZ[A-Z]\\.[A-Z_]{2,20}|KZ-[0-9A-Z]{2,3}");
    private static final Set<String> SEXES = Set.of("F", "M", "T");

    private LongFormat() {
    }

    /** The values of the table, or every problem of it. */
    static List<ValueRow> read(CsvTable table, Map<String, Boolean> catalogue) {
        List<RowProblem> problems = new ArrayList<>();
        int[] at = new int[COLUMNS.size()];
        for (int c = 0; c < COLUMNS.size(); c++) {
            at[c] = table.column(COLUMNS.get(c));
            if (at[c] < 0 && !COLUMNS.get(c).equals("note")) {
                problems.add(new RowProblem(1, COLUMNS.get(c), "indicators.import.error.missingColumn"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRejected(problems);
        }
        if (table.rows().isEmpty()) {
            throw new ImportRejected(List.of(new RowProblem(1, null, "indicators.import.error.empty")));
        }
        List<ValueRow> values = new ArrayList<>(table.rows().size());
        Set<String> seen = new HashSet<>();
        for (CsvTable.Row r : table.rows()) {
            ValueRow v = check(r.number() + 1, new String[] {r.cell(at[0]), r.cell(at[1]), r.cell(at[2]), r.cell(at[3]),
                    r.cell(at[4]), r.cell(at[5]), at[6] < 0 ? "" : r.cell(at[6])}, COLUMNS, catalogue, seen, problems);
            if (v != null) {
                values.add(v);
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRejected(problems);
        }
        return values;
    }

    /**
     * Checks one value given as the cells {@code indicator, geo, period, sex, value, source, note} (in that order)
     * and returns it, or adds its problems (reported under {@code columns}, the names the file uses for those
     * seven) and returns {@code null}. {@code seen} holds the keys of the values before it, to refuse duplicates.
     */
    static ValueRow check(int row, String[] cells, List<String> columns, Map<String, Boolean> catalogue, Set<String> seen,
                          List<RowProblem> problems) {
        int before = problems.size();
        String code = cells[0].trim();
        String geo = cells[1].trim();
        String periodText = cells[2].trim();
        String sex = cells[3].trim().toUpperCase();
        String valueText = cells[4].trim();
        String source = cells[5].trim();
        String note = cells[6].trim();
        Boolean disaggregated = catalogue.get(code);
        if (code.isEmpty()) {
            problems.add(new RowProblem(row, columns.get(0), "indicators.import.error.required"));
        } else if (disaggregated == null) {
            problems.add(new RowProblem(row, columns.get(0), "indicators.import.error.unknownIndicator"));
        }
        if (!GEO.matcher(geo).matches()) {
            problems.add(new RowProblem(row, columns.get(1), geo.isEmpty() ? "indicators.import.error.required"
                    : "indicators.import.error.geo"));
        }
        var period = Period.parse(periodText);
        if (period.isEmpty()) {
            problems.add(new RowProblem(row, columns.get(2), periodText.isEmpty() ? "indicators.import.error.required"
                    : "indicators.import.error.period"));
        }
        if (!SEXES.contains(sex)) {
            problems.add(new RowProblem(row, columns.get(3), sex.isEmpty() ? "indicators.import.error.required"
                    : "indicators.import.error.sex"));
        } else if (Boolean.FALSE.equals(disaggregated) && !sex.equals("T")) {
            problems.add(new RowProblem(row, columns.get(3), "indicators.import.error.notDisaggregated"));
        }
        BigDecimal value = number(valueText);
        if (value == null) {
            problems.add(new RowProblem(row, columns.get(4), valueText.isEmpty() ? "indicators.import.error.required"
                    : "indicators.import.error.number"));
        }
        if (source.isEmpty()) {
            problems.add(new RowProblem(row, columns.get(5), "indicators.import.error.required"));
        } else if (source.length() > 300) {
            problems.add(new RowProblem(row, columns.get(5), "indicators.import.error.tooLong"));
        }
        if (note.length() > 1000) {
            problems.add(new RowProblem(row, columns.get(6), "indicators.import.error.tooLong"));
        }
        if (problems.size() != before) {
            return null;
        }
        ValueRow v = new ValueRow(row, code, geo, period.get(), sex, value, source, note.isEmpty() ? null : note);
        if (!seen.add(v.key())) {
            problems.add(new RowProblem(row, columns.get(0), "indicators.import.error.duplicate"));
            return null;
        }
        return v;
    }

    static BigDecimal number(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text);
            return value.precision() > 30 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
