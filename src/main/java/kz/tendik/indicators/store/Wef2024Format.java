package kz.tendik.indicators.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.tendik.indicators.csv.CsvTable;

/**
 * WEF Global Gender Gap Report scores by country name, as the bundled GGGR 2024 transcription has them:
 * {@code country, gggi_score_<year>, economic_participation_opportunity_<year>, educational_attainment_<year>,
 * health_survival_<year>, political_empowerment_<year>} (published scores, 3 decimals). Countries are given by
 * English name and mapped to ISO3 by {@link CountryNames}; an unknown name refuses the file like any bad row.
 *
 * <p>The file is a third-party transcription of the report, not WEF's own download. A row whose overall score is not
 * the mean of its four sub-index scores within rounding (each figure has 3 decimals, so they may differ by at most
 * 0.001) holds at least one mis-transcribed figure, and there is no telling which: its five values are imported as
 * written, each with a note saying so (in the bundled file: Spain, Saudi Arabia, Singapore, Slovakia, Slovenia).
 * Skipping them would have hidden four probably correct figures along with a wrong one; a corrected file replaces
 * them as new revisions.
 */
final class Wef2024Format {

    static final String SOURCE = "World Economic Forum, Global Gender Gap Report 2024 (third-party transcription, "
            + "github.com/Sadullah4535/Global-Gender-Gap-Index-2024-Data)";
    static final String COUNTRY = "country";
    /** Column name without the year → catalogue code, in the order of the overall check. */
    private static final Map<String, String> COLUMNS = columns();
    private static final Pattern COLUMN_YEAR = Pattern.compile("(.+)_(\\d{4})");
    /** Largest difference of the overall score from the mean of the sub-indices that rounding explains. */
    static final BigDecimal ROUNDING = new BigDecimal("0.001");

    private Wef2024Format() {
    }

    private static Map<String, String> columns() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("gggi_score", "gggi");
        map.put("economic_participation_opportunity", "gggi_economic");
        map.put("educational_attainment", "gggi_education");
        map.put("health_survival", "gggi_health");
        map.put("political_empowerment", "gggi_political");
        return map;
    }

    static boolean looksLikeWef2024(CsvTable table) {
        return table.column(COUNTRY) >= 0
                && table.header().stream().anyMatch(h -> h.matches("gggi_score_\\d{4}"));
    }

    static List<ValueRow> read(CsvTable table, CountryNames countries) {
        int country = table.column(COUNTRY);
        List<String> header = table.header();
        String[] codes = new String[header.size()];
        Period[] periods = new Period[header.size()];
        for (int c = 0; c < header.size(); c++) {
            Matcher m = COLUMN_YEAR.matcher(header.get(c).trim());
            if (m.matches() && COLUMNS.containsKey(m.group(1))) {
                codes[c] = COLUMNS.get(m.group(1));
                periods[c] = Period.year(Integer.parseInt(m.group(2)));
            }
        }
        if (table.rows().isEmpty()) {
            throw new ImportRejected(List.of(new RowProblem(1, null, "indicators.import.error.empty")));
        }
        List<RowProblem> problems = new ArrayList<>();
        List<ValueRow> values = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvTable.Row r : table.rows()) {
            int row = r.number() + 1;
            String name = r.cell(country).trim();
            String geo = countries.iso3(name).orElse(null);
            if (geo == null) {
                problems.add(new RowProblem(row, COUNTRY, name.isEmpty() ? "indicators.import.error.required"
                        : "indicators.import.error.countryName"));
            }
            List<ValueRow> rowValues = new ArrayList<>();
            for (int c = 0; c < header.size(); c++) {
                String cell = r.cell(c).trim();
                if (codes[c] == null || cell.isEmpty()) {
                    continue;
                }
                BigDecimal value = LongFormat.number(cell);
                if (value == null) {
                    problems.add(new RowProblem(row, header.get(c), "indicators.import.error.number"));
                } else if (geo != null) {
                    ValueRow v = new ValueRow(row, codes[c], geo, periods[c], "T", value, SOURCE, null);
                    if (seen.add(v.key())) {
                        rowValues.add(v);
                    } else {
                        problems.add(new RowProblem(row, COUNTRY, "indicators.import.error.duplicate"));
                    }
                }
            }
            String note = inconsistency(rowValues);
            rowValues.forEach(v -> values.add(note == null ? v
                    : new ValueRow(v.row(), v.indicator(), v.geo(), v.period(), v.sex(), v.value(), v.source(), note)));
        }
        if (!problems.isEmpty()) {
            throw new ImportRejected(problems);
        }
        return values;
    }

    /**
     * The note for a row whose overall score is not the mean of its four sub-index scores within rounding, or
     * {@code null} when it is (or when the row lacks any of the five).
     */
    static String inconsistency(List<ValueRow> row) {
        Map<String, BigDecimal> byCode = new LinkedHashMap<>();
        row.forEach(v -> byCode.put(v.indicator(), v.value()));
        if (!byCode.keySet().containsAll(COLUMNS.values())) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (String code : COLUMNS.values()) {
            if (!code.equals("gggi")) {
                sum = sum.add(byCode.get(code));
            }
        }
        BigDecimal mean = sum.divide(BigDecimal.valueOf(4), 4, RoundingMode.HALF_EVEN);
        BigDecimal overall = byCode.get("gggi");
        if (overall.subtract(mean).abs().compareTo(ROUNDING) <= 0) {
            return null;
        }
        return "Inconsistent in the transcription: the overall score " + overall.toPlainString()
                + " is not the mean of the four sub-index scores (" + mean.stripTrailingZeros().toPlainString()
                + ") within rounding, so at least one of this country's five figures is mis-transcribed; imported as"
                + " written, not checked against the report.";
    }
}
