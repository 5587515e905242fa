package kz.tendik.shared.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One embedded font of a PDF (subset embedding: only the glyphs used travel in the file), with what is needed to
 * measure text and to keep out characters the font cannot draw. The TrueType files ship inside the jar
 * ({@code src/main/resources/fonts}); nothing is read from the operating system.
 */
final class FontFace implements AutoCloseable {

    enum Style {
        REGULAR("/fonts/DejaVuSans.ttf"), BOLD("/fonts/DejaVuSans-Bold.ttf");

        private final String resource;
        private volatile byte[] bytes;

        Style(String resource) {
            this.resource = resource;
        }

        byte[] bytes() {
            byte[] loaded = bytes;
            if (loaded == null) {
                try (InputStream in = FontFace.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException("Font missing from the classpath: " + resource);
                    }
                    loaded = in.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read font " + resource, e);
                }
                bytes = loaded;
            }
            return loaded;
        }
    }

    private final TrueTypeFont trueType;
    private final CmapLookup cmap;
    private final PDType0Font font;
    private final int replacement;

    private FontFace(TrueTypeFont trueType, PDType0Font font) throws IOException {
        this.trueType = trueType;
        this.cmap = trueType.getUnicodeCmapLookup();
        this.font = font;
        this.replacement = drawable('\uFFFD') ? '\uFFFD' : '?';
    }

    static FontFace embed(PDDocument document, Style style) {
        TrueTypeFont trueType = null;
        try {
            trueType = new TTFParser().parse(new RandomAccessReadBuffer(style.bytes()));
            return new FontFace(trueType, PDType0Font.load(document, trueType, true));
        } catch (IOException e) {
            closeQuietly(trueType);
            throw new UncheckedIOException("Cannot embed font " + style, e);
        }
    }

    PDType0Font font() {
        return font;
    }

    boolean drawable(int codePoint) {
        return cmap.getGlyphId(codePoint) != 0;
    }

    /**
     * The text as it will be drawn on one line: NFC-composed (so "и" + combining breve meets "й"), tabs as spaces,
     * other control and invisible format characters (soft hyphen, zero-width space, direction marks) removed,
     * anything the font has no glyph for replaced by U+FFFD. Line breaks must be handled before.
     */
    String printable(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().forEach(cp -> {
            if (cp == '\t') {
                out.append(' ');
            } else if (Character.getType(cp) == Character.CONTROL || Character.getType(cp) == Character.FORMAT) {
                return;
            } else if (drawable(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.appendCodePoint(replacement);
            }
        });
        return out.toString();
    }

    /** Width in points of text already made {@link #printable}. */
    float width(String printable, float size) {
        try {
            return font.getStringWidth(printable) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot measure text", e);
        }
    }

    @Override
    public void close() {
        closeQuietly(trueType);
    }

    private static void closeQuietly(TrueTypeFont trueType) {
        if (trueType != null) {
            try {
                trueType.close();
            } catch (IOException ignored) {
                // nothing to release beyond memory
            }
        }
    }
}
