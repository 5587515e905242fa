package kz.tendik.indicators.results;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The current annual values a recomputation reads, held in memory: for each geography and year one array of
 * revisions with a slot per series (catalogue code and sex), so that an index finds its inputs by position rather
 * than by looking names up in a map for every geography and year. Geographies and years are kept in order, so the
 * results come out in a stable order.
 */
final class CurrentValues {

    /** The current revision of a stored value: its id, its number as a double, and its decimal text as stored. */
    record Revision(long id, double number, String text) {

        /** The value exactly as stored (a decimal, not the double nearest to it). */
        BigDecimal exact() {
            return new BigDecimal(text);
        }
    }

    /** Receives one geography and year with its revisions by slot ({@code null}: no value of that series). */
    interface GeographyYear {
        void accept(String geography, int year, Revision[] revisions);
    }

    private static final List<String> SEXES = List.of("F", "M", "T");

    /** Catalogue code → slot of each sex, in the order of {@link #SEXES}. */
    private final Map<String, int[]> slots = new HashMap<>();
    private int size;
    private final Map<String, Map<Integer, Revision[]>> values = new TreeMap<>();

    private CurrentValues(Set<String> codes) {
        for (String code : codes) {
            int[] bySex = new int[SEXES.size()];
            for (int i = 0; i < bySex.length; i++) {
                bySex[i] = size++;
            }
            slots.put(code, bySex);
        }
    }

    /** The slot of a series, or -1 when it was not read. */
    int slot(String indicator, String sex) {
        int[] bySex = slots.get(indicator);
        return bySex == null ? -1 : bySex[SEXES.indexOf(sex)];
    }

    void forEach(GeographyYear action) {
        values.forEach((geography, years) -> years.forEach((year, revisions) -> action.accept(geography, year, revisions)));
    }

    /** The current annual values of {@code codes} for {@code geographies} ({@code null}: every geography). */
    static CurrentValues read(JdbcTemplate template, Set<String> codes, Collection<String> geographies) {
        CurrentValues read = new CurrentValues(codes);
        String[] geos = geographies == null ? null : geographies.toArray(String[]::new);
        template.execute((ConnectionCallback<Void>) connection -> {
            // every revision, in no order (no sort in the database); the highest id of a value is its current one.
            // A period of four characters is a year (the table's check allows only 2022, 2022-Q3 and 2022-07).
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT indicator_code, sex, geo, period, value, id FROM indicator_value
                    WHERE indicator_code = ANY(?) AND (?::text[] IS NULL OR geo = ANY(?)) AND length(period) = 4
                    """)) {
                Array geoArray = geos == null ? null : connection.createArrayOf("text", geos);
                statement.setArray(1, connection.createArrayOf("text", codes.toArray()));
                statement.setArray(2, geoArray);
                statement.setArray(3, geoArray);
                // all rows in one go (~10 MB for every index input of every country), so the database sends
                // while the driver reads instead of waiting for each batch to be asked for
                statement.setFetchSize(0);
                try (ResultSet rs = statement.executeQuery()) {
                    read.add(rs);
                }
            }
            return null;
        });
        return read;
    }

    private void add(ResultSet rs) throws java.sql.SQLException {
        // rows come in the order they were stored, which an import writes geography by geography
        String geography = null;
        Map<Integer, Revision[]> years = null;
        while (rs.next()) {
            int slot = slots.get(rs.getString(1))[SEXES.indexOf(rs.getString(2))];
            String rowGeography = rs.getString(3);
            if (!rowGeography.equals(geography)) {
                geography = rowGeography;
                years = values.computeIfAbsent(geography, g -> new TreeMap<>());
            }
            // the value's decimal text, read once: the double from it, the exact number only when asked for
            String text = rs.getString(5);
            long id = rs.getLong(6);
            Revision[] revisions = years.computeIfAbsent(Integer.parseInt(rs.getString(4)), y -> new Revision[size]);
            if (revisions[slot] == null || revisions[slot].id() < id) {
                revisions[slot] = new Revision(id, Double.parseDouble(text), text);
            }
        }
    }
}
