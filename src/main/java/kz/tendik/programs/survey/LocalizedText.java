package kz.tendik.programs.survey;

import java.util.Locale;

/** A text in Kazakh, Russian and English, as survey files hold it; all three are required. */
public record LocalizedText(String kk, String ru, String en) {

    public LocalizedText {
        if (isBlank(kk) || isBlank(ru) || isBlank(en)) {
            throw new IllegalArgumentException("a text needs kk, ru and en");
        }
    }

    /** The text in the language of {@code locale}; English for any other language. */
    public String in(Locale locale) {
        return switch (locale == null ? "" : locale.getLanguage()) {
            case "kk" -> kk;
            case "ru" -> ru;
            default -> en;
        };
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
