package kz.tendik.indicators.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.tendik.indicators.csv.CsvTable;

/**
 * The UNDP HDR composite indices time series as UNDP publishes it (wide: {@code iso3, country, hdicode, region,
 * <variable>_<year>...}, UTF-8 with BOM). The variables the catalogue knows are mapped to (indicator, sex); the
 * others (IHDI, planetary pressures, ranks...) are left out.
 */
final class HdrFormat {

    static final String SOURCE = "UNDP Human Development Report 2023/24, composite indices time series";
    /** HDR variable → catalogue code and sex. */
    static final Map<String, String[]> VARIABLES = Map.ofEntries(
            Map.entry("mmr", new String[] {"mmr", "T"}), Map.entry("abr", new String[] {"abr", "T"}),
            Map.entry("se_f", new String[] {"se", "F"}), Map.entry("se_m", new String[] {"se", "M"}),
            Map.entry("pr_f", new String[] {"pr", "F"}), Map.entry("pr_m", new String[] {"pr", "M"}),
            Map.entry("lfpr_f", new String[] {"lfpr", "F"}), Map.entry("lfpr_m", new String[] {"lfpr", "M"}),
            Map.entry("le", new String[] {"le", "T"}), Map.entry("le_f", new String[] {"le", "F"}),
            Map.entry("le_m", new String[] {"le", "M"}), Map.entry("eys", new String[] {"eys", "T"}),
            Map.entry("eys_f", new String[] {"eys", "F"}), Map.entry("eys_m", new String[] {"eys", "M"}),
            Map.entry("mys", new String[] {"mys", "T"}), Map.entry("mys_f", new String[] {"mys", "F"}),
            Map.entry("mys_m", new String[] {"mys", "M"}), Map.entry("gnipc", new String[] {"gnipc", "T"}),
            Map.entry("gni_pc_f", new String[] {"gnipc", "F"}), Map.entry("gni_pc_m", new String[] {"gnipc", "M"}),
            Map.entry("hdi", new String[] {"hdi", "T"}), Map.entry("hdi_f", new String[] {"hdi", "F"}),
            Map.entry("hdi_m", new String[] {"hdi", "M"}), Map.entry("gdi", new String[] {"gdi", "T"}),
            Map.entry("gii", new String[] {"gii", "T"}));
    private static final Pattern VARIABLE_YEAR = Pattern.compile("(.+)_(\\d{4})");

    private HdrFormat() {
    }

    static boolean looksLikeHdr(CsvTable table) {
        return table.column("iso3") >= 0 && table.column("hdicode") >= 0;
    }

    static List<ValueRow> read(CsvTable table) {
        int iso3 = table.column("iso3");
        if (iso3 < 0) {
            throw new ImportRejected(List.of(new RowProblem(1, "iso3", "indicators.import.error.missingColumn")));
        }
        List<String> header = table.header();
        String[][] mapped = new String[header.size()][];
        Period[] periods = new Period[header.size()];
        for (int c = 0; c < header.size(); c++) {
            Matcher m = VARIABLE_YEAR.matcher(header.get(c));
            if (m.matches() && VARIABLES.containsKey(m.group(1))) {
                mapped[c] = VARIABLES.get(m.group(1));
                periods[c] = Period.year(Integer.parseInt(m.group(2)));
            }
        }
        List<RowProblem> problems = new ArrayList<>();
        List<ValueRow> values = new ArrayList<>(table.rows().size() * 400);
        for (CsvTable.Row r : table.rows()) {
            int row = r.number() + 1;
            String geo = r.cell(iso3).trim();
            if (!LongFormat.GEO.matcher(geo).matches()) {
                problems.add(new RowProblem(row, "iso3", "indicators.import.error.geo"));
                continue;
            }
            for (int c = 0; c < header.size(); c++) {
                String cell = r.cell(c);
                if (mapped[c] == null || cell.isEmpty()) {
                    continue;
                }
                BigDecimal value = LongFormat.number(cell.trim());
                if (value == null) {
                    problems.add(new RowProblem(row, header.get(c), "indicators.import.error.number"));
                } else {
                    values.add(new ValueRow(row, mapped[c][0], geo, periods[c], mapped[c][1], value, SOURCE, null));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRejected(problems);
        }
        return values;
    }
}
