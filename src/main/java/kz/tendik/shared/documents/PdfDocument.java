package kz.tendik.shared.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An A4 PDF in one language, built block by block and laid out when written:
 *
 * <pre>{@code
 * byte[] pdf = PdfDocument.builder(locale, messages.get("referral.title"), today)
 *         .footerNote(messages.get("documents.confidential"))
 *         .heading(messages.get("referral.to"))
 *         .keyValues(List.of(new PdfDocument.KeyValue(messages.get("referral.case"), caseNumber)))
 *         .paragraph(reason)
 *         .bullets(services)
 *         .toBytes();
 * }</pre>
 *
 * Every page carries a header line (the title on the left, the generation date written in the document's language
 * on the right) and a footer (the optional note on the left, "page / pages" on the right). Text wraps at word
 * boundaries, long words are cut to fit, pages break by themselves, and a heading is kept with what follows it.
 * Fonts (DejaVu Sans, regular and bold) are embedded as subsets, so every letter of Kazakh, Russian and English
 * shows on any reader; a character the font cannot draw becomes U+FFFD instead of failing the document.
 *
 * <p>The document's metadata holds only the title, the language (e.g. {@code kk}) and "Tendik" as creator: the
 * title therefore must not contain personal data (no names, IINs or case details; put those in the body). Nothing
 * of the content is logged. A builder is for one document and one thread.
 */
public final class PdfDocument {

    private PdfDocument() {
    }

    /**
     * @param locale      the document's language: dates are written in it, the PDF declares it
     * @param title       translated, generic title (header of every page and metadata title; no personal data)
     * @param generatedOn the date shown in the header (the caller's clock, in Kazakhstan's time zone)
     */
    public static Builder builder(Locale locale, String title, LocalDate generatedOn) {
        return new Builder(locale, title, generatedOn);
    }

    /** One row of a two-column key–value table. A {@code null} value prints as empty. */
    public record KeyValue(String key, String value) {
        public KeyValue {
            Objects.requireNonNull(key, "key");
            value = value == null ? "" : value;
        }
    }

    sealed interface Block permits Heading, Paragraph, KeyValueTable, BulletList, PageBreak {
    }

    record Heading(String text, boolean major) implements Block {
    }

    record Paragraph(String text) implements Block {
    }

    record KeyValueTable(List<KeyValue> rows) implements Block {
    }

    record BulletList(List<String> items) implements Block {
    }

    record PageBreak() implements Block {
    }

    public static final class Builder {

        private final Locale locale;
        private final String title;
        private final LocalDate generatedOn;
        private final List<Block> blocks = new ArrayList<>();
        private String footerNote = "";

        private Builder(Locale locale, String title, LocalDate generatedOn) {
            this.locale = Objects.requireNonNull(locale, "locale");
            this.title = Objects.requireNonNull(title, "title");
            this.generatedOn = Objects.requireNonNull(generatedOn, "generatedOn");
        }

        /** A short translated note in every page's footer, e.g. "Confidential". */
        public Builder footerNote(String note) {
            this.footerNote = note == null ? "" : note;
            return this;
        }

        /** A section heading (bold, larger). */
        public Builder heading(String text) {
            blocks.add(new Heading(text(text), true));
            return this;
        }

        /** A heading inside a section (bold, body size plus a little). */
        public Builder subheading(String text) {
            blocks.add(new Heading(text(text), false));
            return this;
        }

        /** Body text; line feeds in it start new lines. */
        public Builder paragraph(String text) {
            blocks.add(new Paragraph(text(text)));
            return this;
        }

        /** A two-column table: keys in bold on the left, values on the right, both wrapped; rows in list order. */
        public Builder keyValues(List<KeyValue> rows) {
            blocks.add(new KeyValueTable(List.copyOf(rows)));
            return this;
        }

        /** A two-column table from a map, in the map's iteration order (use a {@code LinkedHashMap}). */
        public Builder keyValues(Map<String, String> rows) {
            List<KeyValue> list = new ArrayList<>(rows.size());
            rows.forEach((key, value) -> list.add(new KeyValue(key, value)));
            return keyValues(list);
        }

        /** A bulleted list; each item wraps with a hanging indent. */
        public Builder bullets(List<String> items) {
            blocks.add(new BulletList(items.stream().map(Builder::text).toList()));
            return this;
        }

        /** Continue on a new page (ignored at the top of an empty page). */
        public Builder pageBreak() {
            blocks.add(new PageBreak());
            return this;
        }

        /** Lays the document out and returns the PDF. */
        public byte[] toBytes() {
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            writeTo(out);
            return out.toByteArray();
        }

        /** Lays the document out and writes the PDF to the stream (left open). */
        public void writeTo(OutputStream out) {
            try (PdfLayout layout = new PdfLayout(locale, title, generatedOn, footerNote)) {
                layout.render(blocks);
                layout.save(out);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the PDF document", e);
            }
        }

        private static String text(String text) {
            return text == null ? "" : text;
        }
    }
}
