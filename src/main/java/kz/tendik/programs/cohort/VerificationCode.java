package kz.tendik.programs.cohort;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A certificate's verification code: 16 characters of the base32 alphabet (A–Z, 2–7), each drawn from
 * {@link SecureRandom}, so 80 random bits — nobody can guess a valid one. Written in groups of four
 * ({@code ABCD-EFGH-JKMN-PQRS}); typed in any case, with or without hyphens and spaces. Stored only as SHA-256.
 */
final class VerificationCode {

    static final int LENGTH = 16;
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCode() {
    }

    static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed, in canonical form; null when it cannot be a code. */
    static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0) ? code : null;
    }

    static String grouped(String code) {
        return String.join("-", code.substring(0, 4), code.substring(4, 8), code.substring(8, 12), code.substring(12));
    }

    static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
