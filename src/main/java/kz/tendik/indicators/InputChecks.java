package kz.tendik.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Checks on the named, possibly missing ({@code null}) numeric inputs of an index. */
final class InputChecks {

    private InputChecks() {
    }

    /** Refuses a given value that is negative, NaN or infinite: such a value is a mistake, not a missing input. */
    static void requireNonNegative(List<String> names, Double... values) {
        for (int i = 0; i < values.length; i++) {
            Double value = values[i];
            if (value != null && (value.isNaN() || value.isInfinite() || value < 0)) {
                throw new IllegalArgumentException(names.get(i) + " must be a finite number not below 0, was " + value);
            }
        }
    }

    /** The names of the values that are {@code null}, in order. */
    static List<String> missing(List<String> names, Double... values) {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                missing.add(names.get(i));
            }
        }
        return missing;
    }

    /** The value as published: 3 decimals, halves rounded up, from the shortest decimal form of the double. */
    static BigDecimal threeDecimals(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP);
    }
}
