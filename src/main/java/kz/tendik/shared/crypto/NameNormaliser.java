package kz.tendik.shared.crypto;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Names for blind indexes. {@link #asWritten} keeps the script (Kazakh and Russian Cyrillic, Latin) and only folds
 * what does not distinguish names: Unicode forms, case, ё/е, apostrophe and dash variants, spacing.
 * {@link #latinSkeleton} also transliterates Cyrillic the way Kazakhstan's passports do (ICAO-style: Ж zh, Х kh,
 * Ш sh, Ә a, Қ k, Ң n, Ө o, Ұ/Ү u, І i), strips diacritics from Latin and sorts the words, so "Жанар Әлиева",
 * "ALIEVA Zhanar" and "Zhanar Älieva" meet; spellings outside that table (Kazakh Latin 2021 "Janar") do not.
 */
final class NameNormaliser {

    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('ә', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"),
            Map.entry('ғ', "g"), Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ж', "zh"), Map.entry('з', "z"),
            Map.entry('и', "i"), Map.entry('й', "i"), Map.entry('к', "k"), Map.entry('қ', "k"), Map.entry('л', "l"),
            Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('ң', "n"), Map.entry('о', "o"), Map.entry('ө', "o"),
            Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"),
            Map.entry('ұ', "u"), Map.entry('ү', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('һ', "h"),
            Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"),
            Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('і', "i"), Map.entry('ь', ""), Map.entry('э', "e"),
            Map.entry('ю', "yu"), Map.entry('я', "ya"), Map.entry('ı', "i"), Map.entry('ş', "sh"), Map.entry('ç', "ch"));

    private static final Pattern APOSTROPHES = Pattern.compile("[\\u2018\\u2019\\u02BC\\u0060\\u00B4]");
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private NameNormaliser() {
    }

    static String asWritten(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        text = DASHES.matcher(APOSTROPHES.matcher(text).replaceAll("'")).replaceAll("-");
        // full case folding: upper then lower maps e.g. ß and final sigma alike; ROOT so I/i are not Turkish
        text = text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT).replace('ё', 'е');
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    static String latinSkeleton(String raw) {
        String written = asWritten(raw);
        StringBuilder latin = new StringBuilder(written.length() + 8);
        for (char c : written.toCharArray()) {
            String mapped = CYRILLIC.get(c);
            latin.append(mapped != null ? mapped : String.valueOf(c));
        }
        String plain = MARKS.matcher(Normalizer.normalize(latin, Normalizer.Form.NFD)).replaceAll("");
        return Arrays.stream(plain.split(" ")).filter(word -> !word.isEmpty()).sorted()
                .collect(Collectors.joining(" "));
    }
}
