package kz.tendik.shared.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

import org.dhatim.fastexcel.Workbook;

/**
 * An XLSX workbook written as it is filled: sheets one after the other, each with a bold, frozen header row and
 * typed columns (see {@link XlsxColumn}). Rows are streamed to the output every {@value XlsxSheet#FLUSH_EVERY}
 * rows, so exports of any length use little memory (the shared-string table of distinct texts stays in memory).
 *
 * <pre>{@code
 * try (XlsxWorkbook workbook = XlsxWorkbook.writingTo(response.getOutputStream(), locale)) {
 *     XlsxSheet incidents = workbook.sheet(messages.get("incidents"), List.of(
 *             XlsxColumn.text(messages.get("survivor.code"), 16),
 *             XlsxColumn.date(messages.get("incident.date"), 12),
 *             XlsxColumn.integer(messages.get("survivor.age"), 8)));
 *     rows.forEach(row -> incidents.row(row.code(), row.date(), row.age()));
 * }
 * byte[] small = XlsxWorkbook.toBytes(locale, workbook -> workbook.sheet(...).row(...));
 * }</pre>
 *
 * The workbook's properties name only the application ("Tendik") and the time it was made; dates are shown
 * {@code dd.mm.yyyy} in Kazakh and Russian and {@code dd/mm/yyyy} in English. Cell contents are never logged and
 * never quoted in exceptions. Not thread-safe.
 */
public final class XlsxWorkbook implements AutoCloseable {

    private final Workbook workbook;
    private final String dateFormat;
    private XlsxSheet current;
    private boolean closed;

    private XlsxWorkbook(OutputStream out, Locale locale) {
        this.workbook = new Workbook(Objects.requireNonNull(out, "out"), "Tendik", null);
        this.dateFormat = "en".equals(Objects.requireNonNull(locale, "locale").getLanguage())
                ? "dd/mm/yyyy" : "dd.mm.yyyy";
    }

    /**
     * A workbook streamed to {@code out}; {@link #close()} completes it. The stream is left open for its owner.
     *
     * @param locale the workbook's language (for the date form; headers and texts come translated)
     */
    public static XlsxWorkbook writingTo(OutputStream out, Locale locale) {
        return new XlsxWorkbook(out, locale);
    }

    /** A whole workbook in memory, for small documents. */
    public static byte[] toBytes(Locale locale, Consumer<XlsxWorkbook> content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try (XlsxWorkbook workbook = writingTo(out, locale)) {
            content.accept(workbook);
        }
        return out.toByteArray();
    }

    /**
     * Starts a new sheet with its header row; the sheet before it is completed and takes no more rows. Excel's
     * rules apply to the name: characters {@code / \ ? * [ ] :} become {@code -}, at most 31 characters, a repeated
     * name gets a suffix.
     */
    public XlsxSheet sheet(String name, List<XlsxColumn> columns) {
        requireOpen();
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A sheet needs a name");
        }
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("A sheet needs at least one column");
        }
        finishCurrent();
        current = new XlsxSheet(workbook.newWorksheet(name.strip()), List.copyOf(columns), dateFormat);
        return current;
    }

    /** Completes the workbook (at least one sheet is needed). */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (current == null) {
            throw new IllegalStateException("A workbook needs at least one sheet");
        }
        finishCurrent();
        try {
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the workbook", e);
        }
    }

    private void finishCurrent() {
        if (current != null) {
            current.finish();
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("The workbook is closed");
        }
    }
}
