package kz.tendik.indicators;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Ranks as UNDP prints them: ascending (rank 1 = the lowest value, as for the GII), equal values share a rank and
 * the next rank skips ({@code 1, 2, 2, 4}). Rank the unrounded values for the HDR time series' rank column, the
 * published (3-decimal) values for the statistical annex tables.
 */
public final class Ranking {

    private Ranking() {
    }

    public static <K, V extends Comparable<? super V>> Map<K, Integer> ascending(Map<K, V> values) {
        Map<K, Integer> ranks = new LinkedHashMap<>();
        values.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(entry -> {
            long lower = values.values().stream().filter(v -> v.compareTo(entry.getValue()) < 0).count();
            ranks.put(entry.getKey(), (int) lower + 1);
        });
        return Collections.unmodifiableMap(ranks);
    }
}
