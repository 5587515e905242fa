package kz.tendik.shared.documents;

import java.util.Objects;

/**
 * A column of an {@link XlsxSheet}: its header (translated by the caller), the type of its cells and its width in
 * characters (Excel's unit; 8.43 is Excel's default, at most 255).
 *
 * @param decimals digits after the decimal point shown for {@link Type#DECIMAL} (the stored value keeps its
 *                 precision); 0 for the other types
 */
public record XlsxColumn(String header, Type type, double width, int decimals) {

    /** What a column holds, and which Java values its cells take ({@code null} always gives an empty cell). */
    public enum Type {
        /** {@link CharSequence}; cells are strings, never formulas. */
        TEXT,
        /** {@link Integer}, {@link Long}, {@link Short}, {@link Byte} or {@link java.math.BigInteger}. */
        INTEGER,
        /** Any {@link Number}; NaN and infinities give an empty cell (Excel cannot hold them). */
        DECIMAL,
        /** {@link java.time.LocalDate}, stored as an Excel date and shown in the workbook language's form. */
        DATE
    }

    public XlsxColumn {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(type, "type");
        if (!(width > 0 && width <= 255)) {
            throw new IllegalArgumentException("Column width must be in (0, 255] characters");
        }
        if (decimals < 0 || decimals > 15 || (type != Type.DECIMAL && decimals != 0)) {
            throw new IllegalArgumentException("Decimals are 0..15 and only for DECIMAL columns");
        }
    }

    public static XlsxColumn text(String header, double width) {
        return new XlsxColumn(header, Type.TEXT, width, 0);
    }

    public static XlsxColumn integer(String header, double width) {
        return new XlsxColumn(header, Type.INTEGER, width, 0);
    }

    public static XlsxColumn decimal(String header, double width, int decimals) {
        return new XlsxColumn(header, Type.DECIMAL, width, decimals);
    }

    public static XlsxColumn date(String header, double width) {
        return new XlsxColumn(header, Type.DATE, width, 0);
    }

    /** The Excel number format of the column's cells, or {@code null} for none. */
    String numberFormat(String dateFormat) {
        return switch (type) {
            case TEXT -> null;
            case INTEGER -> "0";
            case DECIMAL -> decimals == 0 ? "0" : "0." + "0".repeat(decimals);
            case DATE -> dateFormat;
        };
    }
}
