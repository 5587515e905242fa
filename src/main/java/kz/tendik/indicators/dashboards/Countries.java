package kz.tendik.indicators.dashboards;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Country names in the reader's language from the ISO 3166-1 alpha-3 codes the data uses (the JDK's CLDR data
 * has them in Kazakh, Russian and English). HDR aggregates and codes without a name are shown as the code.
 */
final class Countries {

    static final String KAZAKHSTAN = "KAZ";
    /** Kazakhstan's Central Asian neighbours: Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan. */
    static final List<String> NEIGHBOURS = List.of("KGZ", "TJK", "TKM", "UZB");
    static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
    private static final Map<String, String> ALPHA2 = new HashMap<>();

    static {
        for (String alpha2 : Locale.getISOCountries()) {
            ALPHA2.put(new Locale.Builder().setRegion(alpha2).build().getISO3Country(), alpha2);
        }
    }

    private Countries() {
    }

    static boolean isCountry(String code) {
        return code != null && COUNTRY.matcher(code).matches();
    }

    static String name(String code, Locale locale) {
        String alpha2 = ALPHA2.get(code);
        if (alpha2 == null) {
            return code;
        }
        String name = new Locale.Builder().setRegion(alpha2).build().getDisplayCountry(locale);
        return name.isBlank() || name.equals(alpha2) ? code : name;
    }

    /** Codes ordered by their name in the locale. */
    static List<String> byName(List<String> codes, Locale locale) {
        java.text.Collator collator = java.text.Collator.getInstance(locale);
        return codes.stream().sorted(Comparator.comparing((String c) -> name(c, locale), collator)).toList();
    }
}
