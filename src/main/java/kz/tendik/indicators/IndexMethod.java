package kz.tendik.indicators;

import java.util.Objects;

/**
 * Which method produced a figure: a stable {@code code}, the {@code version} of the method as implemented here
 * (a new version whenever a published method changes), and the document it follows.
 */
public record IndexMethod(String code, String version, String reference) {

    public IndexMethod {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(reference, "reference");
    }

    @Override
    public String toString() {
        return code + "@" + version;
    }
}
