package kz.tendik.programs.cohort;

import java.util.List;
import java.util.Locale;

/** A programme; {@code regionCode} null means the whole country. */
public record Programme(long id, ProgrammeKind kind, String nameKk, String nameRu, String nameEn, String goalKk,
                        String goalRu, String goalEn, List<String> modules, String eligibility,
                        List<String> languages, String regionCode, boolean active) {

    public String name(Locale locale) {
        return switch (locale.getLanguage()) {
            case "kk" -> nameKk;
            case "en" -> nameEn;
            default -> nameRu;
        };
    }

    public String goal(Locale locale) {
        return switch (locale.getLanguage()) {
            case "kk" -> goalKk;
            case "en" -> goalEn;
            default -> goalRu;
        };
    }
}
