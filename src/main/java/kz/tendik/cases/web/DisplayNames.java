package kz.tendik.cases.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Names of languages and countries in the reader's language (the templates call it as {@code @displayNames}), from
 * the JDK's CLDR data: a survivor's "kk" shows as "Kazakh", "казахский" or "қазақ тілі", citizenship "UZ" as
 * "Uzbekistan", "Узбекистан" or "Өзбекстан". Codes stay what is stored.
 */
@Component("displayNames")
public class DisplayNames {

    /** Countries offered first in the citizenship list: Kazakhstan and the countries most survivors come from. */
    private static final List<String> FIRST = List.of("KZ", "RU", "UZ", "KG", "TJ", "TM", "CN", "AZ", "TR");

    public record Country(String code, String name) {
    }

    public String language(String code, Locale reader) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(reader);
        return name.isEmpty() || name.equalsIgnoreCase(code) ? code : name;
    }

    public String languages(List<String> codes, Locale reader) {
        return String.join(", ", codes.stream().map(c -> language(c, reader)).toList());
    }

    public String country(String code, Locale reader) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = new Locale.Builder().setRegion(code.strip().toUpperCase(Locale.ROOT)).build().getDisplayCountry(reader);
        return name.isEmpty() ? code : name;
    }

    /** Every ISO 3166 country, the usual ones first, then by name in the reader's language. */
    public List<Country> countries(Locale reader) {
        Collator collator = Collator.getInstance(reader);
        List<Country> rest = new ArrayList<>(Arrays.stream(Locale.getISOCountries()).filter(c -> !FIRST.contains(c))
                .map(c -> new Country(c, country(c, reader))).toList());
        rest.sort(Comparator.comparing(Country::name, collator));
        List<Country> all = new ArrayList<>(FIRST.stream().map(c -> new Country(c, country(c, reader))).toList());
        all.addAll(rest);
        return all;
    }
}
