package kz.tendik.directory;

import java.util.Locale;

/**
 * A text in Kazakh, Russian and English. {@link #in(Locale)} gives the one for a page's language and falls back
 * to the others (Kazakh, then Russian, then English) when it is blank.
 */
public record Names(String kk, String ru, String en) {

    public String in(Locale locale) {
        String language = locale == null ? "ru" : locale.getLanguage();
        String preferred = switch (language) {
            case "kk" -> kk;
            case "en" -> en;
            default -> ru;
        };
        if (present(preferred)) {
            return preferred;
        }
        for (String other : new String[] {kk, ru, en}) {
            if (present(other)) {
                return other;
            }
        }
        return "";
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
