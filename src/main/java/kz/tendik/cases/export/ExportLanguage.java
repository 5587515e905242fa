package kz.tendik.cases.export;

import java.util.List;
import java.util.Locale;

import kz.tendik.shared.web.UserInputException.FieldProblem;

/** The language a document is made in: kk, ru or en, chosen by the user (not necessarily the page's). */
final class ExportLanguage {

    static final List<String> CODES = List.of("kk", "ru", "en");

    private ExportLanguage() {
    }

    /** The locale, or {@code null} with a problem added for the field when the code is missing or not one of ours. */
    static Locale parse(String code, String field, List<FieldProblem> problems) {
        if (code == null || code.isBlank()) {
            problems.add(new FieldProblem(field, "validation.required"));
            return null;
        }
        if (!CODES.contains(code.strip())) {
            problems.add(new FieldProblem(field, "validation.invalidValue"));
            return null;
        }
        return Locale.forLanguageTag(code.strip());
    }
}
