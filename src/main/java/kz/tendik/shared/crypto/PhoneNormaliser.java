package kz.tendik.shared.crypto;

import java.util.regex.Pattern;

/**
 * E.164-like phone numbers: {@code +} and digits. Kazakhstan's domestic forms ({@code 8 701 ...}, {@code 701 ...})
 * get the country code 7; an international {@code 00} becomes {@code +}; short numbers ({@code 102}) and other
 * digit strings stay digits only.
 */
final class PhoneNormaliser {

    private static final Pattern NOT_DIGITS = Pattern.compile("\\D");

    private PhoneNormaliser() {
    }

    /** Digits only (also the IIN's normal form). */
    static String digitsOnly(String raw) {
        return NOT_DIGITS.matcher(raw).replaceAll("");
    }

    static String normalise(String raw) {
        String text = raw.strip();
        boolean international = text.startsWith("+");
        String digits = digitsOnly(text);
        if (digits.isEmpty()) {
            return "";
        }
        if (!international && digits.startsWith("00") && digits.length() > 4) {
            return "+" + digits.substring(2);
        }
        if (international) {
            return "+" + digits;
        }
        if (digits.length() == 11 && (digits.startsWith("8") || digits.startsWith("7"))) {
            return "+7" + digits.substring(1);
        }
        if (digits.length() == 10 && digits.startsWith("7")) {
            return "+7" + digits;
        }
        return digits;
    }
}
