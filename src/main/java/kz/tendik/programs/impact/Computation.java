package kz.tendik.programs.impact;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** A figure that was computed, or the reason it could not be. */
public sealed interface Computation<T> permits Computation.Computed, Computation.NotComputable {

    static <T> Computation<T> of(T value) {
        return new Computed<>(value);
    }

    static <T> Computation<T> notComputable(NotComputableReason reason) {
        return new NotComputable<>(reason);
    }

    default boolean isComputed() {
        return this instanceof Computed<T>;
    }

    /** The value; {@link IllegalStateException} naming the reason when there is none. */
    default T value() {
        if (this instanceof Computed<T> computed) {
            return computed.result();
        }
        throw new IllegalStateException("not computable: " + ((NotComputable<T>) this).reason());
    }

    default Optional<T> toOptional() {
        return this instanceof Computed<T> computed ? Optional.of(computed.result()) : Optional.empty();
    }

    /** The reason when not computable; empty when computed. */
    default Optional<NotComputableReason> whyNot() {
        return this instanceof NotComputable<T> notComputable ? Optional.of(notComputable.reason()) : Optional.empty();
    }

    default <U> Computation<U> map(Function<? super T, ? extends U> mapping) {
        return this instanceof Computed<T> computed ? of(mapping.apply(computed.result()))
                : notComputable(((NotComputable<T>) this).reason());
    }

    record Computed<T>(T result) implements Computation<T> {
        public Computed {
            Objects.requireNonNull(result);
        }
    }

    record NotComputable<T>(NotComputableReason reason) implements Computation<T> {
        public NotComputable {
            Objects.requireNonNull(reason);
        }
    }
}
