package kz.tendik.cases.casefile;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case's human-readable number, counted per centre and year: {@code KZ71-03-2026-00042} is the 42nd case opened
 * in 2026 at centre 3 of region KZ-71. The centre is part of the number so that two centres of one region never
 * give the same number; it is at least two digits wide.
 */
public record CaseNumber(String regionCode, long centreId, int year, int sequence) {

    private static final Pattern FORMAT = Pattern.compile("KZ(\\d{2})-(\\d{2,})-(\\d{4})-(\\d{5,})");

    public CaseNumber {
        if (regionCode == null || !regionCode.matches("KZ-\\d{2}")) {
            throw new IllegalArgumentException("a region code such as KZ-71 is required");
        }
        if (centreId < 1 || year < 2000 || year > 9999 || sequence < 1) {
            throw new IllegalArgumentException("centre, year and sequence must be positive");
        }
    }

    public static CaseNumber parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a case number");
        }
        return new CaseNumber("KZ-" + m.group(1), Long.parseLong(m.group(2)), Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4)));
    }

    public static boolean isWellFormed(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException | ArithmeticException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "KZ%s-%02d-%04d-%05d".formatted(regionCode.substring(3), centreId, year, sequence);
    }
}
