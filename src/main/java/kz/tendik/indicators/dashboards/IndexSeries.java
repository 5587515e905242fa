package kz.tendik.indicators.dashboards;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import kz.tendik.indicators.results.IndexResult;
import kz.tendik.indicators.results.IndexResults;
import org.springframework.stereotype.Component;

/**
 * Yearly series of the indices as recomputed from the stored inputs ({@link IndexResults}, refreshed after every
 * import): the computable years only — a year that cannot be computed has no point, never a guessed one.
 */
@Component
class IndexSeries {

    private final IndexResults results;

    IndexSeries(IndexResults results) {
        this.results = results;
    }

    /** Geography → year → value. */
    Map<String, Map<Integer, Double>> series(String indexCode, Collection<String> geos) {
        Map<String, Map<Integer, Double>> series = new LinkedHashMap<>();
        geos.forEach(geo -> series.put(geo, values(indexCode, geo, null)));
        return series;
    }

    Map<Integer, Double> series(String indexCode, String geo) {
        return values(indexCode, geo, null);
    }

    /** A numeric component of the computed results by year (e.g. {@code women_pct_of_men} of the pay gap). */
    Map<Integer, Double> component(String indexCode, String geo, String component) {
        return values(indexCode, geo, component);
    }

    /** The method versions behind the computed values of an index for the geographies. */
    List<String> methodVersions(String indexCode, Collection<String> geos) {
        TreeSet<String> versions = new TreeSet<>();
        geos.forEach(geo -> results.series(indexCode, geo).stream().filter(IndexResult::computable)
                .forEach(r -> versions.add(r.methodVersion())));
        return List.copyOf(versions);
    }

    private Map<Integer, Double> values(String indexCode, String geo, String component) {
        Map<Integer, Double> values = new TreeMap<>();
        for (IndexResult r : results.series(indexCode, geo)) {
            if (!r.computable()) {
                continue;
            }
            if (component == null) {
                values.put(r.year(), r.value());
            } else if (r.components().get(component) instanceof Number n) {
                values.put(r.year(), n.doubleValue());
            }
        }
        return values;
    }
}
