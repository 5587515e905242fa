package kz.tendik.shared.documents;

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
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import kz.tendik.shared.documents.PdfDocument.Block;
import kz.tendik.shared.documents.PdfDocument.BulletList;
import kz.tendik.shared.documents.PdfDocument.Heading;
import kz.tendik.shared.documents.PdfDocument.KeyValue;
import kz.tendik.shared.documents.PdfDocument.KeyValueTable;
import kz.tendik.shared.documents.PdfDocument.PageBreak;
import kz.tendik.shared.documents.PdfDocument.Paragraph;

/** Lays blocks out on A4 pages top to bottom, then draws every page's header and footer once the count is known. */
final class PdfLayout implements AutoCloseable {

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MM = 72f / 25.4f;
    private static final float LEFT = 20 * MM;
    private static final float RIGHT = PAGE.getWidth() - 20 * MM;
    private static final float WIDTH = RIGHT - LEFT;
    private static final float HEADER_BASELINE = PAGE.getHeight() - 14 * MM;
    private static final float HEADER_RULE = HEADER_BASELINE - 2.5f * MM;
    private static final float BODY_TOP = HEADER_RULE - 7 * MM;
    private static final float FOOTER_RULE = 16 * MM;
    private static final float FOOTER_BASELINE = FOOTER_RULE - 4.5f * MM;
    private static final float BODY_BOTTOM = FOOTER_RULE + 5 * MM;

    private static final float BODY_SIZE = 10.5f;
    private static final float BODY_LEADING = 14.5f;
    private static final float TABLE_SIZE = 10f;
    private static final float TABLE_LEADING = 13.5f;
    private static final float CELL_PADDING = 3.5f;
    private static final float KEY_SHARE = 0.36f;
    private static final float COLUMN_GAP = 10f;
    private static final float BULLET_INDENT = 14f;
    private static final float BLOCK_GAP = 7f;
    private static final float HEADER_SIZE = 9.5f;
    private static final float FOOTER_SIZE = 8.5f;
    private static final float RULE_GREY = 0.6f;
    private static final float FOOTER_GREY = 0.35f;

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
        decoratePages();
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
                rule(LEFT, RIGHT, y, RULE_GREY);
                first = false;
            }
            y -= CELL_PADDING;
            for (int i = 0; i < count; i++) {
                if (ensure(TABLE_LEADING + CELL_PADDING)) {   // a row taller than a page goes on
                    rule(LEFT, RIGHT, y, RULE_GREY);
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
            rule(LEFT, RIGHT, y, RULE_GREY);
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
        if (printable.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(face.font(), size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(printable);
        stream.endText();
    }

    private void rule(float from, float to, float at, float grey) throws IOException {
        pageEmpty = false;
        stream.setStrokingColor(grey, grey, grey);
        stream.setLineWidth(0.5f);
        stream.moveTo(from, at);
        stream.lineTo(to, at);
        stream.stroke();
        stream.setStrokingColor(0f, 0f, 0f);
    }

    private void decoratePages() throws IOException {
        int pages = document.getNumberOfPages();
        String printableDate = regular.printable(date);
        float dateWidth = regular.width(printableDate, HEADER_SIZE);
        String printableTitle = fit(bold, bold.printable(title), HEADER_SIZE, WIDTH - dateWidth - 12f);
        String note = fit(regular, regular.printable(footerNote), FOOTER_SIZE, WIDTH * 0.75f);
        for (int index = 0; index < pages; index++) {
            PDPage page = document.getPage(index);
            try (PDPageContentStream decoration = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                stream = decoration;
                text(bold, HEADER_SIZE, LEFT, HEADER_BASELINE, printableTitle);
                text(regular, HEADER_SIZE, RIGHT - dateWidth, HEADER_BASELINE, printableDate);
                rule(LEFT, RIGHT, HEADER_RULE, RULE_GREY);
                rule(LEFT, RIGHT, FOOTER_RULE, RULE_GREY);
                decoration.setNonStrokingColor(FOOTER_GREY, FOOTER_GREY, FOOTER_GREY);
                text(regular, FOOTER_SIZE, LEFT, FOOTER_BASELINE, note);
                String number = (index + 1) + " / " + pages;
                text(regular, FOOTER_SIZE, RIGHT - regular.width(number, FOOTER_SIZE), FOOTER_BASELINE, number);
            } finally {
                stream = null;
            }
        }
    }

    /** The text cut with an ellipsis so that it fits on one line. */
    private static String fit(FontFace face, String printable, float size, float width) {
        if (face.width(printable, size) <= width) {
            return printable;
        }
        String ellipsis = face.printable("\u2026");
        int end = printable.length();
        while (end > 0 && face.width(printable.substring(0, end) + ellipsis, size) > width) {
            end = printable.offsetByCodePoints(end, -1);
        }
        return printable.substring(0, end).stripTrailing() + ellipsis;
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
