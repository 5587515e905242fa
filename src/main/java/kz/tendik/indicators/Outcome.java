package kz.tendik.indicators;

import java.util.List;
import java.util.Optional;

/**
 * What an index computation gives: the {@link Computed} result, or {@link NotComputable} naming the inputs that
 * are missing and those outside the method's domain. Never a guessed number.
 */
public sealed interface Outcome<R> permits Outcome.Computed, Outcome.NotComputable {

    IndexMethod method();

    default boolean computable() {
        return this instanceof Computed<R>;
    }

    /** The result, or empty when not computable. */
    default Optional<R> result() {
        return this instanceof Computed<R> computed ? Optional.of(computed.value()) : Optional.empty();
    }

    /** The result; throws {@link IllegalStateException} naming what is missing when not computable. */
    default R orElseThrow() {
        if (this instanceof NotComputable<R> not) {
            throw new IllegalStateException(not.toString());
        }
        return ((Computed<R>) this).value();
    }

    record Computed<R>(R value, IndexMethod method) implements Outcome<R> {
    }

    /**
     * @param missing    inputs that were not given (by the input names of the method, e.g. {@code se_f})
     * @param outOfRange inputs given but outside what the method can use, each with the reason
     */
    record NotComputable<R>(IndexMethod method, List<String> missing, List<String> outOfRange) implements Outcome<R> {

        public NotComputable {
            missing = List.copyOf(missing);
            outOfRange = List.copyOf(outOfRange);
            if (missing.isEmpty() && outOfRange.isEmpty()) {
                throw new IllegalArgumentException("a result is not computable for a reason");
            }
        }

        @Override
        public String toString() {
            String reasons = (missing.isEmpty() ? "" : "missing " + String.join(", ", missing))
                    + (missing.isEmpty() || outOfRange.isEmpty() ? "" : "; ")
                    + (outOfRange.isEmpty() ? "" : "out of range " + String.join(", ", outOfRange));
            return method + " not computable: " + reasons;
        }
    }
}
