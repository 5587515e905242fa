package kz.tendik.shared.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PdfDocumentTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 29);
    private static final float A4_WIDTH = 595.28f;
    private static final float MARGIN = 20 * 72f / 25.4f;

    static List<SampleTexts> languages() {
        return SampleTexts.all();
    }

    /** Several pages: a heading, a table, bullets and paragraphs, repeated. */
    static byte[] longDocument(SampleTexts texts) {
        PdfDocument.Builder builder = PdfDocument.builder(texts.locale(), texts.title(), DAY).footerNote(texts.note());
        for (int section = 1; section <= 6; section++) {
            builder.heading(section + ". " + texts.heading())
                    .paragraph(texts.paragraph())
                    .keyValues(List.of(new PdfDocument.KeyValue(texts.key(), texts.value()),
                            new PdfDocument.KeyValue(texts.key() + " " + section, texts.paragraph())))
                    .bullets(texts.bullets())
                    .paragraph(texts.paragraph() + " " + texts.paragraph());
        }
        return builder.paragraph(texts.longWord()).toBytes();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void aLongDocumentKeepsItsTextAndNumbersEveryPage(SampleTexts texts) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(longDocument(texts))) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(3);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains(texts.title(), texts.note(), texts.date(), texts.heading(), texts.key(),
                    texts.bullets().get(2));
            assertThat(oneLine(text)).contains(oneLine(texts.paragraph()), oneLine(texts.value()));
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String pageText = stripper.getText(pdf);
                assertThat(pageText).contains(page + " / " + pages, texts.title(), texts.date(), texts.note());
            }
        }
    }

    @Test
    void everyKazakhLetterSurvivesTheRoundTrip() throws IOException {
        byte[] bytes = PdfDocument.builder(SampleTexts.KAZAKH.locale(), "Әліпби", DAY)
                .paragraph(SampleTexts.KAZAKH_LETTERS)
                .toBytes();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains(SampleTexts.KAZAKH_LETTERS, "Әліпби");
            for (char letter : "әғқңөұүһіӘҒҚҢӨҰҮҺІ".toCharArray()) {
                assertThat(text).contains(String.valueOf(letter));
            }
        }
    }

    @Test
    void bothFontsAreEmbeddedAsDejaVuSubsets() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(longDocument(SampleTexts.KAZAKH))) {
            List<String> names = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    names.add(font.getName());
                }
            }
            assertThat(names).allMatch(name -> name.matches("[A-Z]{6}\\+DejaVuSans(-Bold)?"));
            assertThat(names).anyMatch(name -> name.endsWith("+DejaVuSans"))
                    .anyMatch(name -> name.endsWith("+DejaVuSans-Bold"));
        }
    }

    @Test
    void metadataHoldsTheTitleAndTheLanguageAndNothingAboutPeople() throws IOException {
        byte[] bytes = PdfDocument.builder(SampleTexts.RUSSIAN.locale(), "Направление", DAY)
                .paragraph("Айгерим Нурланова, ИИН 900101400123")
                .toBytes();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDDocumentInformation information = pdf.getDocumentInformation();
            assertThat(information.getTitle()).isEqualTo("Направление");
            assertThat(information.getCreator()).isEqualTo("Tendik");
            assertThat(information.getAuthor()).isNull();
            assertThat(information.getSubject()).isNull();
            assertThat(information.getKeywords()).isNull();
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("ru");
            assertThat(pdf.getDocumentCatalog().getMetadata()).isNull();
            assertThat(information.getCOSObject().toString()).doesNotContain("Айгерим", "900101400123");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void wordsLongerThanALineAreCutInsideTheMargins(SampleTexts texts) throws IOException {
        byte[] bytes = PdfDocument.builder(texts.locale(), texts.title(), DAY)
                .paragraph(texts.longWord() + " " + texts.paragraph())
                .keyValues(Map.of(texts.longWord(), texts.longWord()))
                .bullets(List.of(texts.longWord()))
                .toBytes();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            List<Float> rightEdges = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition position : positions) {
                        rightEdges.add(position.getXDirAdj() + position.getWidthDirAdj());
                    }
                    super.writeString(text, positions);
                }
            };
            String text = stripper.getText(pdf);
            assertThat(oneLine(text).replace(" ", "")).contains(texts.longWord().repeat(1));
            assertThat(rightEdges).isNotEmpty().allMatch(edge -> edge <= A4_WIDTH - MARGIN + 0.5f);
        }
    }

    @Test
    void charactersTheFontCannotDrawBecomeReplacementsInsteadOfFailing() throws IOException {
        byte[] bytes = PdfDocument.builder(SampleTexts.ENGLISH.locale(), "Notes", DAY)
                .paragraph("kanji \u6F22\u5B57 soft\u00ADhyphen zero\u200Bwidth tab\there bell\u0007")
                .toBytes();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("kanji \uFFFD\uFFFD softhyphen zerowidth tab here bell");
        }
    }

    @Test
    void lineFeedsStartNewLinesAndAnEmptyDocumentStillHasItsPage() throws IOException {
        byte[] bytes = PdfDocument.builder(SampleTexts.ENGLISH.locale(), "Empty", DAY).toBytes();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(pdf)).contains("Empty", "1 / 1");
        }
        bytes = PdfDocument.builder(SampleTexts.ENGLISH.locale(), "Lines", DAY)
                .paragraph("first line\nsecond line\r\nthird line").pageBreak().pageBreak().paragraph("next page")
                .toBytes();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            assertThat(new PDFTextStripper().getText(pdf)).contains("first line\nsecond line\nthird line");
        }
    }

    @Test
    void writingToAStreamLeavesItOpenForItsOwner() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        PdfDocument.builder(SampleTexts.ENGLISH.locale(), "Stream", DAY).paragraph("text").writeTo(out);
        assertThat(closed[0]).isFalse();
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("text");
        }
    }

    /** Page 1 of a document in each language, as an image under target/documents/ for a person to look at. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void pageOneRendersToAnImage(SampleTexts texts) throws IOException {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put(texts.key(), texts.value());
        facts.put(texts.heading(), texts.longWord());
        byte[] bytes = PdfDocument.builder(texts.locale(), texts.title(), DAY)
                .footerNote(texts.note())
                .heading(texts.heading())
                .paragraph(texts.paragraph())
                .subheading(texts.key())
                .keyValues(facts)
                .bullets(texts.bullets())
                .paragraph(texts.paragraph())
                .toBytes();
        Path directory = Files.createDirectories(Path.of("target", "documents"));
        Files.write(directory.resolve("sample-" + texts.locale().getLanguage() + ".pdf"), bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 110, ImageType.RGB);
            Path png = directory.resolve("page-1-" + texts.locale().getLanguage() + ".png");
            assertThat(ImageIO.write(image, "png", png.toFile())).isTrue();
            assertThat(image.getWidth()).isEqualTo(Math.round(A4_WIDTH / 72 * 110));
            assertThat(darkPixels(image)).isGreaterThan(1000);
        }
    }

    private static long darkPixels(BufferedImage image) {
        long dark = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                if ((image.getRGB(x, y) & 0xFF) < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
