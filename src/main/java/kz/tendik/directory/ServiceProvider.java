package kz.tendik.directory;

import java.util.Locale;

/** An organisation centres refer families to. {@code email} may be {@code null}. */
public record ServiceProvider(long id, ProviderKind kind, String regionCode, String nameKk, String nameRu,
                              String nameEn, String locality, String address, String phone, String email,
                              String openingHours, boolean active) {

    public Names names() {
        return new Names(nameKk, nameRu, nameEn);
    }

    public String name(Locale locale) {
        return names().in(locale);
    }
}
