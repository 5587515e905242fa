package kz.tendik.shared.documents;

import static kz.tendik.shared.documents.PageFrame.BODY_BOTTOM;
import static kz.tendik.shared.documents.PageFrame.BODY_TOP;
import static kz.tendik.shared.documents.PageFrame.LEFT;
import static kz.tendik.shared.documents.PageFrame.PAGE;
import static kz.tendik.shared.documents.PageFrame.RIGHT;
import static kz.tendik.shared.documents.PageFrame.RULE_GREY;
import static kz.tendik.shared.documents.PageFrame.WIDTH;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import kz.tendik.shared.documents.PdfDocument.Block;
import kz.tendik.shared.documents.PdfDocument.BulletList;
import kz.tendik.shared.documents.PdfDocument.Heading;
import kz.tendik.shared.documents.PdfDocument.KeyValue;
import kz.tendik.shared.documents.PdfDocument.KeyValueTable;
import kz.tendik.shared.documents.PdfDocument.PageBreak;
import kz.tendik.shared.documents.PdfDocument.Paragraph;

/** Lays blocks out on A4 pages top to bottom ({@link PageFrame} adds headers and footers once the count is known). */
final class PdfLayout implements AutoCloseable {

    private static final float BODY_SIZE = 10.5f;
    private static final float BODY_LEADING = 14.5f;
    private static final float TABLE_SIZE = 10f;
    private static final float TABLE_LEADING = 13.5f;
    private static final float CELL_PADDING = 3.5f;
    private static final float KEY_SHARE = 0.36f;
    private static final float COLUMN_GAP = 10f;
    private static final float BULLET_INDENT = 14f;
    private static final float BLOCK_GAP = 7f;

    private final String title;
    private final String date;
    private final String footerNote;
    private final PDDocument document = new PDDocument();
    private final FontFace regular;
    private final FontFace bold;
    private final LineBreaker breaker;
    private PDPageContentStream stream;
    private float y;
    private boolean pageEmpty;

    PdfLayout(Locale locale, String title, LocalDate generatedOn, String footerNote) {
        this.title = title;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(generatedOn);
        this.footerNote = footerNote;
        this.regular = FontFace.embed(document, FontFace.Style.REGULAR);
        this.bold = FontFace.embed(document, FontFace.Style.BOLD);
        this.breaker = new LineBreaker(locale);
        describe(locale);
    }

    private void describe(Locale locale) {
        PDDocumentInformation information = new PDDocumentInformation();
        information.setTitle(regular.printable(title));
        information.setCreator("Tendik");
        information.setProducer("Tendik");
        document.setDocumentInformation(information);
        document.getDocumentCatalog().setLanguage(locale.toLanguageTag());
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }

    void render(List<Block> blocks) throws IOException {
        newPage();
        for (Block block : blocks) {
            if (block instanceof Heading heading) {
                heading(heading);
            } else if (block instanceof Paragraph paragraph) {
                paragraph(paragraph.text());
            } else if (block instanceof KeyValueTable table) {
                table(table.rows());
            } else if (block instanceof BulletList list) {
                bullets(list.items());
            } else if (block instanceof PageBreak && !pageEmpty) {
                newPage();
            }
        }
        stream.close();
        stream = null;
        PageFrame.drawOnEveryPage(document, regular, bold, title, date, footerNote);
    }

    /** Writes the PDF; the stream stays open (PDFBox closes the stream it writes to). */
    void save(OutputStream out) throws IOException {
        document.save(new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        });
    }

    private void heading(Heading heading) throws IOException {
        float size = heading.major() ? 14f : 11.5f;
        float leading = size * 1.3f;
        float before = pageEmpty ? 0 : (heading.major() ? 9f : 5f);
        List<String> lines = breaker.wrap(heading.text(), bold, size, WIDTH);
        // keep the heading with at least two lines of what follows
        ensure(before + lines.size() * leading + 2 * BODY_LEADING);
        y -= before;
        for (String line : lines) {
            ensure(leading);
            text(bold, size, LEFT, baseline(leading), line);
            y -= leading;
        }
        y -= 3f;
    }

    private void paragraph(String text) throws IOException {
        for (String line : breaker.wrap(text, regular, BODY_SIZE, WIDTH)) {
            ensure(BODY_LEADING);
            text(regular, BODY_SIZE, LEFT, baseline(BODY_LEADING), line);
            y -= BODY_LEADING;
        }
        y -= BLOCK_GAP;
    }

    private void bullets(List<String> items) throws IOException {
        String bullet = regular.printable("\u2022");
        for (String item : items) {
            List<String> lines = breaker.wrap(item, regular, BODY_SIZE, WIDTH - BULLET_INDENT);
            for (int i = 0; i < lines.size(); i++) {
                ensure(BODY_LEADING);
                float baseline = baseline(BODY_LEADING);
                if (i == 0) {
                    text(regular, BODY_SIZE, LEFT + 3f, baseline, bullet);
                }
                text(regular, BODY_SIZE, LEFT + BULLET_INDENT, baseline, lines.get(i));
                y -= BODY_LEADING;
            }
            y -= 2f;
        }
        y -= BLOCK_GAP - 2f;
    }

    private void table(List<KeyValue> rows) throws IOException {
        float keyWidth = WIDTH * KEY_SHARE;
        float valueX = LEFT + keyWidth + COLUMN_GAP;
        float valueWidth = RIGHT - valueX;
        boolean first = true;
        for (KeyValue row : rows) {
            List<String> keys = breaker.wrap(row.key(), bold, TABLE_SIZE, keyWidth);
            List<String> values = breaker.wrap(row.value(), regular, TABLE_SIZE, valueWidth);
            int count = Math.max(keys.size(), values.size());
            float height = count * TABLE_LEADING + 2 * CELL_PADDING;
            if (height <= BODY_TOP - BODY_BOTTOM) {
                ensure(height);   // a row that fits on a page is never split
            } else {
                ensure(CELL_PADDING + TABLE_LEADING);
            }
            if (first || pageEmpty) {
                rule();
                first = false;
            }
            y -= CELL_PADDING;
            for (int i = 0; i < count; i++) {
                if (ensure(TABLE_LEADING + CELL_PADDING)) {   // a row taller than a page goes on
                    rule();
                    y -= CELL_PADDING;
                }
                float baseline = baseline(TABLE_LEADING);
                if (i < keys.size()) {
                    text(bold, TABLE_SIZE, LEFT, baseline, keys.get(i));
                }
                if (i < values.size()) {
                    text(regular, TABLE_SIZE, valueX, baseline, values.get(i));
                }
                y -= TABLE_LEADING;
            }
            y -= CELL_PADDING;
            rule();
        }
        y -= BLOCK_GAP + 3f;
    }

    /** Starts a new page when less than {@code height} is left; tells whether it did. */
    private boolean ensure(float height) throws IOException {
        if (!pageEmpty && y - height < BODY_BOTTOM) {
            newPage();
            return true;
        }
        return false;
    }

    private void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = BODY_TOP;
        pageEmpty = true;
    }

    private float baseline(float leading) {
        return y - leading * 0.78f;
    }

    private void text(FontFace face, float size, float x, float baseline, String printable) throws IOException {
        pageEmpty = false;
        PageFrame.text(stream, face, size, x, baseline, printable);
    }

    private void rule() throws IOException {
        pageEmpty = false;
        PageFrame.rule(stream, y, RULE_GREY);
    }

    @Override
    public void close() throws IOException {
        try {
            if (stream != null) {
                stream.close();
            }
            document.close();
        } finally {
            regular.close();
            bold.close();
        }
    }
}
