package kz.tendik.indicators.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import kz.tendik.indicators.csv.CsvTable;

/**
 * An analyst's input table checked against an index's columns: every column present, every non-empty cell a finite
 * number not below 0. Empty cells are missing values. Extra columns are ignored.
 */
record InputFile(List<Row> rows, List<String> errors) {

    /** A data row: its number (1 = the first after the header), country and year as given, and the input values. */
    record Row(int number, String country, String year, Double[] values) {
    }

    static InputFile check(CsvTable table, IndexTable index) {
        List<String> errors = new ArrayList<>();
        List<String> needed = new ArrayList<>(IndexTable.KEYS);
        needed.addAll(index.inputs());
        List<String> absent = needed.stream().filter(column -> table.column(column) < 0).toList();
        if (!absent.isEmpty()) {
            errors.add("header: missing column" + (absent.size() > 1 ? "s " : " ") + String.join(", ", absent)
                    + " (" + index.name().toLowerCase() + " needs " + String.join(",", needed) + ")");
            return new InputFile(List.of(), errors);
        }
        int country = table.column("country");
        int year = table.column("year");
        List<Row> rows = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            number(row, "year", row.cell(year), errors);
            Double[] values = new Double[index.inputs().size()];
            for (int i = 0; i < values.length; i++) {
                String column = index.inputs().get(i);
                values[i] = number(row, column, row.cell(table.column(column)), errors);
            }
            rows.add(new Row(row.number(), row.cell(country), row.cell(year), values));
        }
        return new InputFile(rows, errors);
    }

    /** The cell's value, {@code null} when empty; a message in {@code errors} when it is not a number or below 0. */
    private static Double number(CsvTable.Row row, String column, String cell, List<String> errors) {
        String text = cell.strip();
        if (text.isEmpty()) {
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            errors.add("row " + row.number() + ", column " + column + ": \"" + cell + "\" is not a number");
            return null;
        }
        if (value.signum() < 0) {
            errors.add("row " + row.number() + ", column " + column + ": " + text + " is negative");
            return null;
        }
        double d = value.doubleValue();
        if (Double.isInfinite(d)) {
            errors.add("row " + row.number() + ", column " + column + ": " + text + " is too large");
            return null;
        }
        return d;
    }
}
