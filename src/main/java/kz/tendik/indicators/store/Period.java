package kz.tendik.indicators.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A reporting period: a year ({@code 2022}), a quarter ({@code 2022-Q3}) or a month ({@code 2022-07}). */
public record Period(String text, LocalDate start, LocalDate end) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?");

    public static Optional<Period> parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            YearMonth first = YearMonth.of(year, (Integer.parseInt(m.group(2)) - 1) * 3 + 1);
            return Optional.of(new Period(m.group(), first.atDay(1), first.plusMonths(2).atEndOfMonth()));
        }
        if (m.group(3) != null) {
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(3)));
            return Optional.of(new Period(m.group(), month.atDay(1), month.atEndOfMonth()));
        }
        return Optional.of(new Period(m.group(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }

    public static Period year(int year) {
        return new Period(Integer.toString(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
}
