package kz.tendik.indicators;

import java.util.Set;

/**
 * Published inside the transaction of an accepted import (also of the reference data sets on first start): which
 * indicators and geographies it touched and how many revisions it added. Listeners that run in the same
 * transaction (index recomputation) see the new values; {@code @TransactionalEventListener}s see them committed.
 */
public record IndicatorValuesImported(long importId, String format, Set<String> indicators, Set<String> geographies,
                                      int valuesAdded) {

    public IndicatorValuesImported {
        indicators = Set.copyOf(indicators);
        geographies = Set.copyOf(geographies);
    }
}
