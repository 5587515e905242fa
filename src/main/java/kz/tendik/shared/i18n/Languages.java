package kz.tendik.shared.i18n;

import java.util.List;
import java.util.Locale;

/** The three languages Tendik speaks, in the order they are offered: the state language first. */
public final class Languages {

    public static final Locale KAZAKH = Locale.forLanguageTag("kk");
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    /** British English: day-month dates and the spelling the texts use. */
    public static final Locale ENGLISH = Locale.UK;
    public static final List<Locale> SUPPORTED = List.of(KAZAKH, RUSSIAN, ENGLISH);
    public static final List<String> CODES = List.of("kk", "ru", "en");
    private static final List<Locale> BY_LANGUAGE = CODES.stream().map(Locale::forLanguageTag).toList();

    private Languages() {
    }

    public static boolean isSupported(String code) {
        return code != null && CODES.contains(code);
    }

    /** The best of our languages for an Accept-Language header; Russian when nothing matches. */
    public static Locale bestMatch(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return RUSSIAN;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), BY_LANGUAGE);
            return match != null ? normalise(match) : RUSSIAN;
        } catch (IllegalArgumentException malformedHeader) {
            return RUSSIAN;
        }
    }

    /** One of the three supported locales, reduced to its language. */
    public static Locale normalise(Locale locale) {
        if (locale == null) {
            return RUSSIAN;
        }
        return switch (locale.getLanguage()) {
            case "kk" -> KAZAKH;
            case "en" -> ENGLISH;
            default -> RUSSIAN;
        };
    }
}
