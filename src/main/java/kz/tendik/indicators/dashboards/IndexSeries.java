package kz.tendik.indicators.dashboards;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Yearly series of the indices by geography. Until the stored index results are available, the values stored with
 * their source (the published figures of UNDP and WEF, and the national series) are read.
 */
@Component
class IndexSeries {

    private static final Map<String, String> STORED = Map.ofEntries(
            Map.entry("GII", "gii"), Map.entry("GDI", "gdi"), Map.entry("HDI_F", "hdi"), Map.entry("HDI_M", "hdi"),
            Map.entry("GGGI", "gggi"), Map.entry("GGGI_ECONOMIC", "gggi_economic"),
            Map.entry("GGGI_EDUCATION", "gggi_education"), Map.entry("GGGI_HEALTH", "gggi_health"),
            Map.entry("GGGI_POLITICAL", "gggi_political"), Map.entry("PAY_GAP_MEAN", "pay_gap"),
            Map.entry("WOMEN_SHARE_MAZHILIS", "mazhilis_women_share"));

    private final DashboardQueries queries;

    IndexSeries(DashboardQueries queries) {
        this.queries = queries;
    }

    /** Geography → year → value. */
    Map<String, Map<Integer, Double>> series(String indexCode, Collection<String> geos) {
        String sex = indexCode.endsWith("_F") ? "F" : indexCode.endsWith("_M") ? "M" : "T";
        return queries.yearly(STORED.get(indexCode), sex, geos);
    }

    Map<Integer, Double> series(String indexCode, String geo) {
        return series(indexCode, List.of(geo)).get(geo);
    }

    /** The method versions behind the values of an index for the geographies. */
    List<String> methodVersions(String indexCode, Collection<String> geos) {
        return List.of();
    }
}
