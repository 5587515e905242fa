package kz.tendik.shared.referral;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The opaque codes by which a family support centre refers a survivor, with her consent, to an empowerment or
 * education programme ({@code PR-7K3MQ-9XD2B}). The cases module issues them and answers whether a code was issued;
 * the programmes module keeps the code on the participant and can never turn it back into a case: a code is random
 * and this check says yes or no, nothing more.
 */
public interface ProgrammeReferralCodes {

    /** Crockford's base 32 (no I, L, O, U): read aloud or typed from paper without mix-ups. */
    String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    Pattern FORMAT = Pattern.compile("PR-[" + ALPHABET + "]{5}-[" + ALPHABET + "]{5}");

    /** Whether this code (in its {@linkplain #normalise normal form}) was issued and is still valid. */
    boolean isIssued(String code);

    /**
     * The code as issued from what a person typed: upper case, spaces and dashes ignored, O read as 0 and I or L as
     * 1; empty when it cannot be a code.
     */
    static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-‐‑–—]", "");
        if (compact.startsWith("PR")) {
            compact = compact.substring(2);
        }
        compact = compact.replace('O', '0').replace('I', '1').replace('L', '1');
        if (compact.length() != 10) {
            return Optional.empty();
        }
        String code = "PR-" + compact.substring(0, 5) + "-" + compact.substring(5);
        return FORMAT.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }
}
