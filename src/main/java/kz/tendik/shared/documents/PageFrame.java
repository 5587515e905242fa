package kz.tendik.shared.documents;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The A4 page: 20 mm side margins, the header line (title left, date right, a rule under it), the footer line (a
 * rule, the note left, "page / pages" right) and the body area between them; plus the two drawing primitives.
 */
final class PageFrame {

    static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MM = 72f / 25.4f;
    static final float LEFT = 20 * MM;
    static final float RIGHT = PAGE.getWidth() - 20 * MM;
    static final float WIDTH = RIGHT - LEFT;
    private static final float HEADER_BASELINE = PAGE.getHeight() - 14 * MM;
    private static final float HEADER_RULE = HEADER_BASELINE - 2.5f * MM;
    static final float BODY_TOP = HEADER_RULE - 7 * MM;
    private static final float FOOTER_RULE = 16 * MM;
    private static final float FOOTER_BASELINE = FOOTER_RULE - 4.5f * MM;
    static final float BODY_BOTTOM = FOOTER_RULE + 5 * MM;

    private static final float HEADER_SIZE = 9.5f;
    private static final float FOOTER_SIZE = 8.5f;
    static final float RULE_GREY = 0.6f;
    private static final float FOOTER_GREY = 0.35f;

    private PageFrame() {
    }

    /** Header and footer on every page, once the number of pages is known. */
    static void drawOnEveryPage(PDDocument document, FontFace regular, FontFace bold, String title, String date,
                                String footerNote) throws IOException {
        int pages = document.getNumberOfPages();
        String printableDate = regular.printable(date);
        float dateWidth = regular.width(printableDate, HEADER_SIZE);
        String printableTitle = fit(bold, bold.printable(title), HEADER_SIZE, WIDTH - dateWidth - 12f);
        String note = fit(regular, regular.printable(footerNote), FOOTER_SIZE, WIDTH * 0.75f);
        for (int index = 0; index < pages; index++) {
            try (PDPageContentStream stream = new PDPageContentStream(document, document.getPage(index),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                text(stream, bold, HEADER_SIZE, LEFT, HEADER_BASELINE, printableTitle);
                text(stream, regular, HEADER_SIZE, RIGHT - dateWidth, HEADER_BASELINE, printableDate);
                rule(stream, HEADER_RULE, RULE_GREY);
                rule(stream, FOOTER_RULE, RULE_GREY);
                stream.setNonStrokingColor(FOOTER_GREY, FOOTER_GREY, FOOTER_GREY);
                text(stream, regular, FOOTER_SIZE, LEFT, FOOTER_BASELINE, note);
                String number = (index + 1) + " / " + pages;
                text(stream, regular, FOOTER_SIZE, RIGHT - regular.width(number, FOOTER_SIZE), FOOTER_BASELINE, number);
            }
        }
    }

    /** One line of text already made {@link FontFace#printable printable}. */
    static void text(PDPageContentStream stream, FontFace face, float size, float x, float baseline,
                     String printable) throws IOException {
        if (printable.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(face.font(), size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(printable);
        stream.endText();
    }

    /** A thin horizontal rule across the body width. */
    static void rule(PDPageContentStream stream, float at, float grey) throws IOException {
        stream.setStrokingColor(grey, grey, grey);
        stream.setLineWidth(0.5f);
        stream.moveTo(LEFT, at);
        stream.lineTo(RIGHT, at);
        stream.stroke();
        stream.setStrokingColor(0f, 0f, 0f);
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
}
