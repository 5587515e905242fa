package kz.tendik.indicators.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import kz.tendik.indicators.store.Period;
import kz.tendik.shared.web.UserInputException;

/** The query parameters that filter indicator values: a period range and a sex, checked with 400 for bad ones. */
record ValueFilters(String geography, LocalDate from, LocalDate to, String sex) {

    static ValueFilters of(String geography, String fromParameter, String from, String toParameter, String to,
                           String sex) {
        LocalDate start = blank(from) ? null : Period.parse(from)
                .orElseThrow(() -> new UserInputException(fromParameter, "indicators.import.error.period")).start();
        LocalDate end = blank(to) ? null : Period.parse(to)
                .orElseThrow(() -> new UserInputException(toParameter, "indicators.import.error.period")).end();
        String sexCode = blank(sex) ? null : sex.trim().toUpperCase(Locale.ROOT);
        if (sexCode != null && !List.of("F", "M", "T").contains(sexCode)) {
            throw new UserInputException("sex", "indicators.import.error.sex");
        }
        return new ValueFilters(blank(geography) ? null : geography.trim(), start, end, sexCode);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
