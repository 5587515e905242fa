package kz.tendik.indicators.store;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import kz.tendik.indicators.csv.CsvTable;
import kz.tendik.indicators.reference.HdrTimeSeries;

/**
 * English country names as sources that give no code write them → ISO 3166-1 alpha-3. Built from the bundled UNDP
 * HDR file (its {@code iso3} and {@code country} columns: UNDP's names, e.g. "Korea (Republic of)"), plus the
 * names other sources use where they differ. Two HDR names are mis-encoded by UNDP (Côte d'Ivoire, Türkiye); their
 * correct spelling is among the explicit entries. Matching ignores case and surrounding spaces, nothing else: a
 * name that is not here is not guessed.
 */
final class CountryNames {

    /** Names that differ from UNDP's, as the WEF 2024 transcription writes them. */
    static final Map<String, String> OTHER_NAMES = Map.ofEntries(
            Map.entry("Bolivia", "BOL"), Map.entry("Cape Verde", "CPV"), Map.entry("CostaRica", "CRI"),
            Map.entry("Côte d'Ivoire", "CIV"), Map.entry("Dominican", "DOM"), Map.entry("Eswatini", "SWZ"),
            Map.entry("Iran", "IRN"), Map.entry("Kyrgyz", "KGZ"), Map.entry("Lao PDR", "LAO"),
            Map.entry("Moldova", "MDA"), Map.entry("South Korea", "KOR"), Map.entry("Türkiye", "TUR"),
            Map.entry("Tanzania", "TZA"), Map.entry("USA", "USA"));

    private static volatile CountryNames bundled;

    private final Map<String, String> iso3ByName;

    CountryNames(Map<String, String> iso3ByName) {
        Map<String, String> map = new HashMap<>();
        iso3ByName.forEach((name, iso3) -> map.put(key(name), iso3));
        this.iso3ByName = Map.copyOf(map);
    }

    /** The HDR file's country names (aggregates left out) and {@link #OTHER_NAMES}. */
    static CountryNames bundled() {
        CountryNames names = bundled;
        if (names == null) {
            CsvTable hdr = CsvTable.read(new ByteArrayInputStream(ReferenceDatasets.bytes(HdrTimeSeries.BUNDLED)));
            int iso3 = hdr.column("iso3");
            int country = hdr.column("country");
            Map<String, String> map = new HashMap<>();
            for (CsvTable.Row row : hdr.rows()) {
                String code = row.cell(iso3).trim();
                if (LongFormat.GEO.matcher(code).matches() && !code.contains(".")) {
                    map.put(row.cell(country), code);
                }
            }
            map.putAll(OTHER_NAMES);
            names = new CountryNames(map);
            bundled = names;
        }
        return names;
    }

    Optional<String> iso3(String name) {
        return Optional.ofNullable(iso3ByName.get(key(name)));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
