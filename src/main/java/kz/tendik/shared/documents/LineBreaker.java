package kz.tendik.shared.documents;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Breaks text into lines that fit a width: at the break opportunities of the language (spaces, after hyphens,
 * UAX #14 as the JDK knows it), and inside a word only when the word alone is wider than the line (long Kazakh and
 * Russian compounds, codes, addresses), then between whole characters (a letter and its accents stay together).
 * Line feeds in the text start new lines; an empty line stays an empty line.
 */
final class LineBreaker {

    private final Locale locale;

    LineBreaker(Locale locale) {
        this.locale = locale;
    }

    List<String> wrap(String text, FontFace face, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String hardLine : text.split("\r\n|\r|\n|\u2028|\u2029", -1)) {
            wrapLine(face.printable(hardLine), face, size, maxWidth, lines);
        }
        return lines;
    }

    private void wrapLine(String line, FontFace face, float size, float maxWidth, List<String> lines) {
        if (line.isBlank()) {
            lines.add("");
            return;
        }
        BreakIterator breaks = BreakIterator.getLineInstance(locale);
        breaks.setText(line);
        StringBuilder current = new StringBuilder();
        float currentWidth = 0;
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String segment = line.substring(start, end);
            String visible = stripTrailing(segment);
            float visibleWidth = face.width(visible, size);
            if (current.length() > 0 && currentWidth + visibleWidth <= maxWidth) {
                current.append(segment);
                currentWidth += face.width(segment, size);
                continue;
            }
            if (current.length() > 0) {
                lines.add(stripTrailing(current.toString()));
                current.setLength(0);
                currentWidth = 0;
            }
            if (visibleWidth <= maxWidth) {
                current.append(segment);
                currentWidth = face.width(segment, size);
            } else {
                List<String> pieces = splitWord(visible, face, size, maxWidth);
                lines.addAll(pieces.subList(0, pieces.size() - 1));
                String last = pieces.get(pieces.size() - 1) + segment.substring(visible.length());
                current.append(last);
                currentWidth = face.width(last, size);
            }
        }
        if (current.length() > 0 || lines.isEmpty()) {
            lines.add(stripTrailing(current.toString()));
        }
    }

    /** A word wider than the line, cut between characters (grapheme clusters) so that every piece fits. */
    private List<String> splitWord(String word, FontFace face, float size, float maxWidth) {
        List<String> pieces = new ArrayList<>();
        BreakIterator characters = BreakIterator.getCharacterInstance(locale);
        characters.setText(word);
        StringBuilder piece = new StringBuilder();
        float pieceWidth = 0;
        for (int start = characters.first(), end = characters.next(); end != BreakIterator.DONE;
             start = end, end = characters.next()) {
            String character = word.substring(start, end);
            float width = face.width(character, size);
            if (piece.length() > 0 && pieceWidth + width > maxWidth) {
                pieces.add(piece.toString());
                piece.setLength(0);
                pieceWidth = 0;
            }
            piece.append(character);
            pieceWidth += width;
        }
        pieces.add(piece.toString());
        return pieces;
    }

    private static String stripTrailing(String text) {
        return text.stripTrailing();
    }
}
