package kz.tendik.directory;

import java.util.Locale;

/** A national hotline such as 111 or 150, with its name and a short description in three languages. */
public record Hotline(long id, String number, String nameKk, String nameRu, String nameEn, String descriptionKk,
                      String descriptionRu, String descriptionEn, boolean aroundTheClock, boolean freeOfCharge,
                      int sortOrder, boolean active) {

    public Names names() {
        return new Names(nameKk, nameRu, nameEn);
    }

    public String name(Locale locale) {
        return names().in(locale);
    }

    public String description(Locale locale) {
        return new Names(descriptionKk, descriptionRu, descriptionEn).in(locale);
    }
}
