package kz.tendik.indicators.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import kz.tendik.indicators.csv.CsvTable;

/**
 * The WEF Global Gender Gap Index as the World Bank's TCdata360 publishes it: {@code Country ISO3, Country Name,
 * Indicator Id, Indicator, Subindicator Type, 2006...2018}; the overall index, the four sub-indices and the 14
 * indicator scores are mapped to catalogue codes; ranks are left out.
 */
final class WefFormat {

    static final String SOURCE = "World Economic Forum, Global Gender Gap Index (World Bank TCdata360)";
    private static final Map<String, String> INDICATORS = Map.ofEntries(
            Map.entry("27959", "gggi"), Map.entry("27961", "gggi_political"), Map.entry("28159", "gggi_economic"),
            Map.entry("28161", "gggi_education"), Map.entry("28163", "gggi_health"), Map.entry("28166", "gggi_wage"),
            Map.entry("41779", "gggi_lfpr"), Map.entry("41780", "gggi_income"), Map.entry("41781", "gggi_managers"),
            Map.entry("41782", "gggi_professional"), Map.entry("41783", "gggi_literacy"),
            Map.entry("41784", "gggi_primary"), Map.entry("41785", "gggi_secondary"),
            Map.entry("41786", "gggi_tertiary"), Map.entry("41787", "gggi_srb"), Map.entry("41788", "gggi_hle"),
            Map.entry("41789", "gggi_parliament"), Map.entry("41790", "gggi_ministers"),
            Map.entry("41791", "gggi_head_of_state"));

    private WefFormat() {
    }

    static boolean looksLikeWef(CsvTable table) {
        return table.column("Country ISO3") >= 0 && table.column("Indicator Id") >= 0;
    }

    static List<ValueRow> read(CsvTable table) {
        int iso3 = table.column("Country ISO3");
        int id = table.column("Indicator Id");
        List<RowProblem> problems = new ArrayList<>();
        List<ValueRow> values = new ArrayList<>();
        for (CsvTable.Row r : table.rows()) {
            String code = INDICATORS.get(r.cell(id).trim());
            if (code == null) {
                continue;
            }
            int row = r.number() + 1;
            String geo = r.cell(iso3).trim();
            if (!LongFormat.GEO.matcher(geo).matches()) {
                problems.add(new RowProblem(row, "Country ISO3", "indicators.import.error.geo"));
                continue;
            }
            for (int c = 0; c < table.header().size(); c++) {
                String column = table.header().get(c);
                String cell = r.cell(c).trim();
                if (!column.matches("\\d{4}") || cell.isEmpty()) {
                    continue;
                }
                BigDecimal value = LongFormat.number(cell);
                if (value == null) {
                    problems.add(new RowProblem(row, column, "indicators.import.error.number"));
                } else {
                    values.add(new ValueRow(row, code, geo, Period.year(Integer.parseInt(column)), "T", value, SOURCE, null));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRejected(problems);
        }
        return values;
    }
}
