package kz.tendik.cases.generate;

import java.util.HexFormat;

/**
 * Rows for PostgreSQL's {@code COPY ... FROM STDIN} in its text format: tab between columns, a newline after each
 * row, {@code \N} for null, backslash escapes in text and {@code \\x}-hex for {@code bytea}.
 */
final class CopyText {

    private static final HexFormat HEX = HexFormat.of();

    private final StringBuilder text;
    private boolean rowStarted;
    private int rows;

    CopyText(int expectedRows, int bytesPerRow) {
        this.text = new StringBuilder(Math.max(16, expectedRows * bytesPerRow));
    }

    CopyText add(Object value) {
        if (rowStarted) {
            text.append('\t');
        }
        rowStarted = true;
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof byte[] bytes) {
            text.append("\\\\x").append(HEX.formatHex(bytes));
        } else if (value instanceof Boolean b) {
            text.append(b ? 't' : 'f');
        } else if (value instanceof Number || value instanceof Enum<?>) {
            text.append(value instanceof Enum<?> e ? e.name() : value.toString());
        } else {
            escape(value.toString());
        }
        return this;
    }

    void endRow() {
        text.append('\n');
        rowStarted = false;
        rows++;
    }

    int rows() {
        return rows;
    }

    String text() {
        return text.toString();
    }

    private void escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }
}
