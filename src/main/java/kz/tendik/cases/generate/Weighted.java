package kz.tendik.cases.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AliasMethodDiscreteSampler;
import org.apache.commons.rng.sampling.distribution.SharedStateDiscreteSampler;

/**
 * A categorical distribution: values with relative weights, sampled with Walker's alias method (Commons RNG).
 * Immutable; {@link #sampler} binds it to one generator (one per thread).
 */
final class Weighted<T> {

    private final List<T> values;
    private final double[] weights;
    private final SharedStateDiscreteSampler prototype;

    private Weighted(Map<T, ? extends Number> weighted) {
        this.values = new ArrayList<>(weighted.keySet());
        this.weights = weighted.values().stream().mapToDouble(Number::doubleValue).toArray();
        for (double w : weights) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("a weight is a finite number, not negative: " + weighted);
            }
        }
        // the alias tables are built once; each sampler copies them with its own generator
        this.prototype = AliasMethodDiscreteSampler.of(() -> 0L, weights);
    }

    /** Values and weights in this order: {@code of(A, 3, B, 1)} gives A three times as often as B. */
    static <T> Weighted<T> of(Object... valueWeightPairs) {
        Map<T, Number> map = new LinkedHashMap<>();
        for (int i = 0; i < valueWeightPairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            T value = (T) valueWeightPairs[i];
            map.put(value, (Number) valueWeightPairs[i + 1]);
        }
        return new Weighted<>(map);
    }

    static <T> Weighted<T> of(Map<T, ? extends Number> weighted) {
        return new Weighted<>(weighted);
    }

    /** The share of {@code value} among all (0 when absent), for tests and documentation. */
    double share(T value) {
        double total = 0;
        double own = 0;
        for (int i = 0; i < values.size(); i++) {
            total += weights[i];
            if (values.get(i).equals(value)) {
                own += weights[i];
            }
        }
        return own / total;
    }

    List<T> values() {
        return List.copyOf(values);
    }

    Sampler<T> sampler(UniformRandomProvider random) {
        SharedStateDiscreteSampler own = prototype.withUniformRandomProvider(random);
        return () -> values.get(own.sample());
    }

    /** Draws values of a {@link Weighted}. */
    @FunctionalInterface
    interface Sampler<T> {
        T next();
    }
}
