package kz.tendik.indicators.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kz.tendik.indicators.csv.CsvTable;

/**
 * An analyst's input table checked against an index's columns: every column present, every non-empty cell a finite
 * number not below 0. Empty cells are missing values. Extra columns are ignored. Shared by the {@code indices}
 * command and {@code POST /api/v1/indices/{index}}.
 */
public record InputFile(List<Row> rows, List<Problem> problems) {

    /** A data row: its number (1 = the first after the header), country and year as given, and the input values. */
    public record Row(int number, String country, String year, Double[] values) {
    }

    /** What is wrong with the input. */
    public enum Kind {
        MISSING_COLUMN, NOT_A_NUMBER, NEGATIVE, TOO_LARGE
    }

    /**
     * A problem: the data row (0 for the header), the column, what is wrong, and the cell as given (for the
     * analyst's own file; the HTTP API does not echo it).
     */
    public record Problem(int row, String column, Kind kind, String cell) {

        /** The problem as the command prints it. */
        public String english() {
            return switch (kind) {
                case MISSING_COLUMN -> "header: missing column " + column;
                case NOT_A_NUMBER -> "row " + row + ", column " + column + ": \"" + cell + "\" is not a number";
                case NEGATIVE -> "row " + row + ", column " + column + ": " + cell.strip() + " is negative";
                case TOO_LARGE -> "row " + row + ", column " + column + ": " + cell.strip() + " is too large";
            };
        }
    }

    public static InputFile check(CsvTable table, IndexTable index) {
        List<Problem> problems = new ArrayList<>();
        List<String> needed = index.columns();
        List<String> absent = needed.stream().filter(column -> table.column(column) < 0).toList();
        if (!absent.isEmpty()) {
            absent.forEach(column -> problems.add(new Problem(0, column, Kind.MISSING_COLUMN, "")));
            return new InputFile(List.of(), problems);
        }
        int country = table.column("country");
        int year = table.column("year");
        List<Row> rows = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            number(row, "year", row.cell(year), problems);
            Double[] values = new Double[index.inputs().size()];
            for (int i = 0; i < values.length; i++) {
                String column = index.inputs().get(i);
                values[i] = number(row, column, row.cell(table.column(column)), problems);
            }
            rows.add(new Row(row.number(), row.cell(country), row.cell(year), values));
        }
        return new InputFile(rows, problems);
    }

    /** The problems as the command prints them: the missing columns on one line, then one line per cell. */
    List<String> errors(IndexTable index) {
        List<String> absent = problems.stream().filter(p -> p.kind() == Kind.MISSING_COLUMN).map(Problem::column).toList();
        List<String> lines = new ArrayList<>();
        if (!absent.isEmpty()) {
            lines.add("header: missing column" + (absent.size() > 1 ? "s " : " ") + String.join(", ", absent)
                    + " (" + index.name().toLowerCase(Locale.ROOT) + " needs " + String.join(",", index.columns()) + ")");
        }
        problems.stream().filter(p -> p.kind() != Kind.MISSING_COLUMN).forEach(p -> lines.add(p.english()));
        return lines;
    }

    /** The cell's value, {@code null} when empty; a problem in {@code problems} when not a number or below 0. */
    private static Double number(CsvTable.Row row, String column, String cell, List<Problem> problems) {
        String text = cell.strip();
        if (text.isEmpty()) {
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            problems.add(new Problem(row.number(), column, Kind.NOT_A_NUMBER, cell));
            return null;
        }
        if (value.signum() < 0) {
            problems.add(new Problem(row.number(), column, Kind.NEGATIVE, cell));
            return null;
        }
        double d = value.doubleValue();
        if (Double.isInfinite(d)) {
            problems.add(new Problem(row.number(), column, Kind.TOO_LARGE, cell));
            return null;
        }
        return d;
    }
}
