package kz.tendik.indicators.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.tendik.indicators.GenderDevelopmentIndex;
import kz.tendik.indicators.GenderInequalityIndex;
import kz.tendik.indicators.HumanDevelopmentBySex;
import kz.tendik.indicators.Sex;
import kz.tendik.indicators.csv.CsvTable;

/**
 * The UNDP HDR composite indices complete time series exactly as UNDP publishes it: one row per country or
 * aggregate (ISO3 with a dot, e.g. {@code ZZK.WORLD}), columns {@code iso3, country, hdicode, region} and
 * {@code <variable>_<year>} (e.g. {@code gii_2022}, {@code le_f_1990}); an empty cell is a missing value.
 */
public final class HdrTimeSeries {

    /** The HDR 2023/24 file bundled with the application (UTF-8 with byte order mark, as downloaded). */
    public static final String BUNDLED = "/indicators/reference/HDR23-24_Composite_indices_complete_time_series.csv";

    private static final Pattern VARIABLE_YEAR = Pattern.compile("(.+)_(\\d{4})");

    /** A row of the file: a country or an aggregate. */
    public record Country(String iso3, String name, String hdiCode, String region,
                          Map<String, Map<Integer, Double>> values) {

        public boolean aggregate() {
            return iso3.contains(".");
        }

        public Optional<Double> value(String variable, int year) {
            return Optional.ofNullable(values.getOrDefault(variable, Map.of()).get(year));
        }

        Double valueOrNull(String variable, int year) {
            return values.getOrDefault(variable, Map.of()).get(year);
        }
    }

    private final List<Country> countries;
    private final Map<String, Country> byIso3;
    private final List<Integer> years;

    private HdrTimeSeries(List<Country> countries, List<Integer> years) {
        this.countries = List.copyOf(countries);
        this.years = List.copyOf(years);
        Map<String, Country> index = new LinkedHashMap<>();
        countries.forEach(c -> index.put(c.iso3(), c));
        this.byIso3 = Collections.unmodifiableMap(index);
    }

    public static HdrTimeSeries bundled() {
        try (InputStream in = HdrTimeSeries.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUNDLED);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the file; throws {@link IllegalArgumentException} naming row and column for a non-numeric value. */
    public static HdrTimeSeries read(InputStream in) {
        CsvTable table = CsvTable.read(in);
        List<String> header = table.header();
        String[] variables = new String[header.size()];
        int[] yearOf = new int[header.size()];
        TreeSet<Integer> years = new TreeSet<>();
        for (int c = 0; c < header.size(); c++) {
            Matcher m = VARIABLE_YEAR.matcher(header.get(c));
            if (m.matches()) {
                variables[c] = m.group(1);
                yearOf[c] = Integer.parseInt(m.group(2));
                years.add(yearOf[c]);
            }
        }
        int iso3 = required(table, "iso3");
        int name = required(table, "country");
        int hdiCode = table.column("hdicode");
        int region = table.column("region");
        List<Country> countries = new ArrayList<>(table.rows().size());
        for (CsvTable.Row row : table.rows()) {
            Map<String, Map<Integer, Double>> values = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                String cell = row.cell(c);
                if (variables[c] != null && !cell.isEmpty()) {
                    values.computeIfAbsent(variables[c], v -> new HashMap<>()).put(yearOf[c], number(row, header.get(c), cell));
                }
            }
            countries.add(new Country(row.cell(iso3), row.cell(name), hdiCode < 0 ? "" : row.cell(hdiCode),
                    region < 0 ? "" : row.cell(region), values));
        }
        return new HdrTimeSeries(countries, new ArrayList<>(years));
    }

    public List<Country> countries() {
        return countries;
    }

    public Optional<Country> country(String iso3) {
        return Optional.ofNullable(byIso3.get(iso3));
    }

    /** The years that have columns in the file, ascending. */
    public List<Integer> years() {
        return years;
    }

    public static GenderInequalityIndex.Inputs giiInputs(Country c, int year) {
        return new GenderInequalityIndex.Inputs(c.valueOrNull("mmr", year), c.valueOrNull("abr", year),
                c.valueOrNull("se_f", year), c.valueOrNull("se_m", year), c.valueOrNull("pr_f", year),
                c.valueOrNull("pr_m", year), c.valueOrNull("lfpr_f", year), c.valueOrNull("lfpr_m", year));
    }

    public static GenderDevelopmentIndex.Inputs gdiInputs(Country c, int year) {
        return new GenderDevelopmentIndex.Inputs(c.valueOrNull("le_f", year), c.valueOrNull("le_m", year),
                c.valueOrNull("eys_f", year), c.valueOrNull("eys_m", year), c.valueOrNull("mys_f", year),
                c.valueOrNull("mys_m", year), c.valueOrNull("gni_pc_f", year), c.valueOrNull("gni_pc_m", year));
    }

    /** The overall HDI's inputs ({@code le, eys, mys, gnipc}). */
    public static HumanDevelopmentBySex.Inputs hdiInputs(Country c, int year) {
        return new HumanDevelopmentBySex.Inputs(Sex.TOTAL, c.valueOrNull("le", year), c.valueOrNull("eys", year),
                c.valueOrNull("mys", year), c.valueOrNull("gnipc", year));
    }

    private static int required(CsvTable table, String column) {
        int index = table.column(column);
        if (index < 0) {
            throw new IllegalArgumentException("not an HDR time series: no column " + column);
        }
        return index;
    }

    private static double number(CsvTable.Row row, String column, String cell) {
        try {
            return Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("row " + row.number() + ", column " + column + ": not a number: " + cell);
        }
    }
}
