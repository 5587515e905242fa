package kz.tendik.shared.crypto;

import java.util.function.UnaryOperator;

/**
 * What a blind index is computed over, each with its normaliser and its own domain-separation tag (so the same
 * text as an IIN and as a phone gives different indexes).
 */
public enum IndexKind {

    /** Digits only: {@code "900 515 401 230"} and {@code "900515401230"} are one IIN. */
    IIN("iin", PhoneNormaliser::digitsOnly),

    /** {@code +} and digits; a Kazakhstan number in any usual form becomes {@code +77012345678}. */
    PHONE("phone", PhoneNormaliser::normalise),

    /** The name as written: NFKC, case-folded, ё as е, one space between words; no change of script. */
    FULL_NAME("name", NameNormaliser::asWritten),

    /** A Latin skeleton of the name, words sorted: finds Cyrillic and passport-Latin spellings of one name. */
    FULL_NAME_LATIN("name-latin", NameNormaliser::latinSkeleton),

    /**
     * A year of birth, a space and the name as written ({@link BlindIndex#nameAndBirthYear}): one person among a
     * programme's participants. Its own tag, so it never matches a survivor's name index.
     */
    NAME_AND_BIRTH_YEAR("name-birth-year", NameNormaliser::asWritten),

    /**
     * A request as its canonical text (e.g. JSON with sorted keys), unchanged: tells whether a retried request is the
     * one first sent, without storing what it said.
     */
    REQUEST("request", UnaryOperator.identity());

    private final String tag;
    private final UnaryOperator<String> normaliser;

    IndexKind(String tag, UnaryOperator<String> normaliser) {
        this.tag = tag;
        this.normaliser = normaliser;
    }

    /** The value as it is indexed; empty when nothing indexable is left. {@code null} stays {@code null}. */
    public String normalise(String value) {
        return value == null ? null : normaliser.apply(value);
    }

    /** The domain-separation tag hashed before the value; {@code v1} changes if a normaliser ever changes. */
    String domain() {
        return "tendik.blind-index." + tag + ".v1";
    }
}
