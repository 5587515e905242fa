package kz.tendik.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

/**
 * Keyed, deterministic hashes of personal values for exact search: HMAC-SHA256 (Tink PRF) with a keyset of its
 * own, over the kind's domain tag, a zero byte and the normalised value (see {@link IndexKind}). Store the 32 bytes
 * in an indexed {@code bytea} column and search with {@code WHERE iin_index = ?}. The index keyset is never
 * rotated in place: a new key would change every stored index.
 */
@Component
public final class BlindIndex {

    /** Bytes in every index (the full HMAC-SHA256 output). */
    public static final int LENGTH = 32;

    private final Keyring keyring;

    BlindIndex(Keyring keyring) {
        this.keyring = keyring;
    }

    /** The index of {@code value} as {@code kind}; {@code null} when the value is null or normalises to nothing. */
    public byte[] of(IndexKind kind, String value) {
        String normalised = kind.normalise(value);
        if (normalised == null || normalised.isEmpty()) {
            return null;
        }
        byte[] domain = kind.domain().getBytes(StandardCharsets.UTF_8);
        byte[] text = normalised.getBytes(StandardCharsets.UTF_8);
        byte[] input = new byte[domain.length + 1 + text.length];
        System.arraycopy(domain, 0, input, 0, domain.length);
        System.arraycopy(text, 0, input, domain.length + 1, text.length);
        try {
            return keyring.index().computePrimary(input, LENGTH);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Blind index computation failed", e);
        }
    }

    /** {@link #of} as 64 lower-case hex digits, or {@code null}. */
    public String hex(IndexKind kind, String value) {
        byte[] index = of(kind, value);
        return index == null ? null : HexFormat.of().formatHex(index);
    }

    public byte[] iin(String iin) {
        return of(IndexKind.IIN, iin);
    }

    public byte[] phone(String phone) {
        return of(IndexKind.PHONE, phone);
    }

    public byte[] fullName(String name) {
        return of(IndexKind.FULL_NAME, name);
    }

    public byte[] fullNameLatin(String name) {
        return of(IndexKind.FULL_NAME_LATIN, name);
    }

    /** The index of a name as written together with a year of birth; {@code null} when the name is blank. */
    public byte[] nameAndBirthYear(String name, int birthYear) {
        return name == null || name.isBlank() ? null : of(IndexKind.NAME_AND_BIRTH_YEAR, birthYear + " " + name);
    }
}
