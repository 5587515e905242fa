package kz.tendik.shared.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.dhatim.fastexcel.BorderSide;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.Worksheet;

/** One sheet of an {@link XlsxWorkbook}: the header row is written, data rows follow with {@link #row}. */
public final class XlsxSheet {

    static final int FLUSH_EVERY = 1000;
    /** Excel keeps at most this many characters in a cell. */
    static final int MAX_TEXT = 32_767;

    private final Worksheet worksheet;
    private final List<XlsxColumn> columns;
    private final String[] formats;
    private int nextRow = 1;
    private boolean finished;

    XlsxSheet(Worksheet worksheet, List<XlsxColumn> columns, String dateFormat) {
        this.worksheet = worksheet;
        this.columns = columns;
        this.formats = columns.stream().map(column -> column.numberFormat(dateFormat)).toArray(String[]::new);
        for (int c = 0; c < columns.size(); c++) {
            worksheet.width(c, columns.get(c).width());
            worksheet.value(0, c, text(columns.get(c).header()));
        }
        worksheet.range(0, 0, 0, columns.size() - 1).style()
                .bold().fillColor("E8EEF4").borderStyle(BorderSide.BOTTOM, BorderStyle.THIN).set();
        worksheet.freezePane(0, 1);
    }

    /** Adds a data row: one value per column, in column order, of the column's type (see {@link XlsxColumn.Type}). */
    public XlsxSheet row(Object... values) {
        return row(Arrays.asList(values));
    }

    /** Adds a data row: one value per column, in column order, of the column's type (see {@link XlsxColumn.Type}). */
    public XlsxSheet row(List<?> values) {
        if (finished) {
            throw new IllegalStateException("This sheet is complete: a later sheet was started or the workbook closed");
        }
        if (values.size() != columns.size()) {
            throw new IllegalArgumentException("Row " + nextRow + " has " + values.size() + " values for "
                    + columns.size() + " columns");
        }
        if (nextRow >= Worksheet.MAX_ROWS) {
            throw new IllegalStateException("A sheet holds at most " + Worksheet.MAX_ROWS + " rows");
        }
        for (int c = 0; c < values.size(); c++) {
            cell(nextRow, c, values.get(c));
        }
        nextRow++;
        if ((nextRow - 1) % FLUSH_EVERY == 0) {
            try {
                worksheet.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the workbook", e);
            }
        }
        return this;
    }

    /** Data rows written so far (the header not counted). */
    public int rowCount() {
        return nextRow - 1;
    }

    private void cell(int row, int c, Object value) {
        if (value == null) {
            return;
        }
        XlsxColumn column = columns.get(c);
        switch (column.type()) {
            case TEXT -> {
                if (!(value instanceof CharSequence sequence)) {
                    throw wrongType(row, c, value);
                }
                worksheet.value(row, c, text(sequence.toString()));
            }
            case INTEGER -> {
                if (!(value instanceof Integer || value instanceof Long || value instanceof Short
                        || value instanceof Byte || value instanceof BigInteger)) {
                    throw wrongType(row, c, value);
                }
                worksheet.value(row, c, (Number) value);
                worksheet.style(row, c).format(formats[c]).set();
            }
            case DECIMAL -> {
                if (!(value instanceof Number number)) {
                    throw wrongType(row, c, value);
                }
                if (!isFinite(number)) {
                    return;
                }
                worksheet.value(row, c, number);
                worksheet.style(row, c).format(formats[c]).set();
            }
            case DATE -> {
                if (!(value instanceof LocalDate date)) {
                    throw wrongType(row, c, value);
                }
                worksheet.value(row, c, date);
                worksheet.style(row, c).format(formats[c]).set();
            }
        }
    }

    void finish() {
        if (finished) {
            return;
        }
        finished = true;
        try {
            worksheet.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the workbook", e);
        }
    }

    private static boolean isFinite(Number number) {
        return !(number instanceof Double d && !Double.isFinite(d)) && !(number instanceof Float f && !Float.isFinite(f));
    }

    /** Excel's limit, cut between whole characters. */
    private static String text(String text) {
        if (text.length() <= MAX_TEXT) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT;
        return text.substring(0, end);
    }

    /** Names the place and the Java type, never the value. */
    private IllegalArgumentException wrongType(int row, int c, Object value) {
        return new IllegalArgumentException("Row " + row + ", column " + (c + 1) + " (" + columns.get(c).type()
                + ") cannot take a " + value.getClass().getSimpleName());
    }
}
