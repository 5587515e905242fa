package kz.tendik.directory;

import java.util.Locale;

/** One of the 17 regions or 3 cities of republican significance, by its ISO 3166-2:KZ code (e.g. KZ-71). */
public record Region(String code, Kind kind, String nameKk, String nameRu, String nameEn, String adminCentreEn) {

    public enum Kind { REGION, CITY }

    public Names names() {
        return new Names(nameKk, nameRu, nameEn);
    }

    public String name(Locale locale) {
        return names().in(locale);
    }
}
