package kz.tendik.indicators.dashboards;

import java.util.List;

/**
 * One figure of a dashboard, ready to draw and to tabulate: its categories (years, or regions), its series with a
 * value (or none) per category, the unit, and what it comes from — the inputs (catalogue codes), the sources and
 * the method. The same record feeds the server-rendered table, the chart, and the CSV and XLSX downloads.
 *
 * @param id       stable identifier, used in download addresses ({@code kz-gii}, {@code cmp-gdi}...)
 * @param kind     {@code line} (categories are years) or {@code bar} (categories are places)
 * @param decimals   decimals shown for the values
 * @param sourceUrls source → the publisher's page of its data, for the sources that have one
 */
public record Chart(String id, String title, String kind, String unitKey, int decimals, String categoryHeader,
             List<String> categories, List<Series> series, List<String> inputs, List<String> sources,
             String methodKey, List<String> methodVersions, java.util.Map<String, String> sourceUrls) {

    /** The anchor of the figure's method on the methods page. */
    public String methodAnchor() {
        return Methods.anchor(methodKey);
    }

    /** The anchor of a method version on the methods page. */
    public String versionAnchor(String methodVersion) {
        return Methods.versionAnchor(methodVersion);
    }

    /** A line of the chart: its label and one value per category ({@code null} where there is none). */
    public record Series(String label, List<Double> values) {

        public boolean isEmpty() {
            return values.stream().allMatch(v -> v == null);
        }
    }

    public boolean isEmpty() {
        return series.stream().allMatch(Series::isEmpty);
    }

    /** Rows for the table and the downloads: the category, then one value per series. */
    List<List<Double>> columns() {
        return series.stream().map(Series::values).toList();
    }
}
