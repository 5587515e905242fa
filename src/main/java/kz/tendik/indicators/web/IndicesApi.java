package kz.tendik.indicators.web;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.tendik.identity.Action;
import kz.tendik.identity.Requires;
import kz.tendik.indicators.cli.IndexTable;
import kz.tendik.indicators.cli.InputFile;
import kz.tendik.indicators.csv.CsvTable;
import kz.tendik.indicators.results.IndexResult;
import kz.tendik.indicators.results.IndexResults;
import kz.tendik.shared.web.NotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The {@code indices} command over HTTP, and the stored index results. {@code POST /api/v1/indices/{gii|gdi|gggi}}
 * takes the command's CSV ({@code text/csv}, answered in CSV) or the same rows as a JSON array of objects
 * (answered in JSON); the columns, the checks and the computation are the command's own ({@link IndexTable},
 * {@link InputFile}). A missing column, a value that is not a number or is negative refuses the whole request with
 * 422 naming every row and column; an empty cell (JSON: null or absent) gives empty results for its row.
 */
@RestController
@RequestMapping("/api/v1/indices")
@Tag(name = "Indices", description = "GII, GDI and GGGI computed from given inputs, and the stored index results"
        + " (signed in)")
class IndicesApi {

    static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");
    static final String COLUMNS = "Input columns (extra columns are ignored; an empty cell gives empty results for its"
            + " row): gii: country,year,mmr,abr,se_f,se_m,pr_f,pr_m,lfpr_f,lfpr_m (units of the UNDP HDR file) →"
            + " country,year,gii,health_f,emp_f,emp_m,g_f,g_m,harm,gbar. gdi: country,year,le_f,le_m,eys_f,eys_m,mys_f,"
            + "mys_m,gni_pc_f,gni_pc_m → country,year,hdi_f,hdi_m,gdi,gdi_group. gggi: country,year and the 14"
            + " female-to-male ratios gggi_lfpr,gggi_wage (the wage-equality survey answer divided by 7),gggi_income,"
            + "gggi_managers,gggi_professional,gggi_literacy,gggi_primary,gggi_secondary,gggi_tertiary,gggi_srb,gggi_hle,"
            + "gggi_parliament,gggi_ministers,gggi_head_of_state (WEF GGGR 2018 method; empty results with fewer than 12"
            + " of the 14) → country,year,gggi,economic,education,health,political. Results are unrounded. A missing"
            + " column, a value that is not a number or is negative: 422 naming every row and column (row 0 = header).";

    private final IndexResults results;
    private final ImportReport report;

    IndicesApi(IndexResults results, ImportReport report) {
        this.results = results;
        this.report = report;
    }

    /** The request could not be computed: every problem, as the command reports them. */
    static final class InvalidInput extends RuntimeException {

        private final transient List<InputFile.Problem> problems;

        InvalidInput(List<InputFile.Problem> problems) {
            super("invalid index input: " + problems.size() + " problem(s)", null, false, false);
            this.problems = List.copyOf(problems);
        }
    }

    @PostMapping(path = "/{index}", consumes = "text/csv", produces = "text/csv")
    @Requires(Action.INDICATOR_READ)
    @Operation(summary = "Compute GII, GDI or GGGI for every row of a CSV file (the indices command's contract)",
            description = COLUMNS)
    ResponseEntity<String> computeCsv(@PathVariable String index, @RequestBody(required = false) String body) {
        IndexTable table = table(index);
        CsvTable input = read(body == null ? "" : body);
        List<IndexTable.Computed> rows = compute(table, input);
        StringWriter out = new StringWriter();
        CsvTable.write(out, table.outputHeader(), rows.stream().map(IndexTable.Computed::cells).toList());
        return ResponseEntity.ok().contentType(new MediaType(TEXT_CSV, java.nio.charset.StandardCharsets.UTF_8))
                .body(out.toString());
    }

    /**
     * @param body an array of objects with the command's columns; numbers as JSON numbers (or numeric strings),
     *             a missing value as null or left out
     */
    @PostMapping(path = "/{index}", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Requires(Action.INDICATOR_READ)
    @Operation(summary = "Compute GII, GDI or GGGI for every object of a JSON array (same columns as the CSV)",
            description = COLUMNS + " JSON: numbers as numbers (numeric strings are accepted), a missing value as null or"
                    + " left out; each answer object adds computable, missing and outOfRange.")
    List<Map<String, Object>> computeJson(@PathVariable String index, @RequestBody JsonNode body) {
        IndexTable table = table(index);
        List<IndexTable.Computed> rows = compute(table, fromJson(body));
        List<Map<String, Object>> out = new ArrayList<>();
        List<String> header = table.outputHeader();
        for (IndexTable.Computed row : rows) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                String cell = row.cells().get(c);
                object.put(header.get(c), c < IndexTable.KEYS.size() ? keyValue(cell) : cell.isEmpty() ? null
                        : new BigDecimal(cell));
            }
            object.put("computable", row.computable());
            object.put("missing", row.missing());
            object.put("outOfRange", row.outOfRange());
            out.add(object);
        }
        return out;
    }

    @GetMapping("/{code}")
    @Requires(Action.INDICATOR_READ)
    @Operation(summary = "Stored results of an index (GII, GDI, HDI_F, HDI_M, GGGI, GGGI_ECONOMIC, ...) with their"
            + " inputs, method version and missing inputs; by geography, by year, or both")
    List<IndexResult> stored(@PathVariable String code,
                             @Parameter(description = "ISO 3166-1 alpha-3 or ISO 3166-2:KZ") @RequestParam(required = false) String geography,
                             @RequestParam(required = false) Integer year) {
        return storedResults(results, code, geography, year);
    }

    /** Stored results by geography and/or year; 404 for an unknown index, 400 when neither is given. */
    static List<IndexResult> storedResults(IndexResults results, String code, String geography, Integer year) {
        String index = code.toUpperCase(Locale.ROOT);
        if (!IndexResults.CODES.contains(index)) {
            throw new NotFoundException();
        }
        String geo = geography == null || geography.isBlank() ? null : geography.strip();
        if (geo == null && year == null) {
            throw new kz.tendik.shared.web.UserInputException("geography", "indicators.indices.error.geographyOrYear");
        }
        if (geo != null && year != null) {
            return results.find(index, geo, year).map(List::of).orElse(List.of());
        }
        return geo != null ? results.series(index, geo) : results.forYear(index, year);
    }

    private static IndexTable table(String index) {
        for (IndexTable table : IndexTable.values()) {
            if (table.name().equalsIgnoreCase(index)) {
                return table;
            }
        }
        throw new NotFoundException();
    }

    private static List<IndexTable.Computed> compute(IndexTable table, CsvTable input) {
        InputFile checked = InputFile.check(input, table);
        if (!checked.problems().isEmpty()) {
            throw new InvalidInput(checked.problems());
        }
        return checked.rows().stream().map(table::row).toList();
    }

    private static CsvTable read(String body) {
        try {
            return CsvTable.read(new StringReader(body));
        } catch (RuntimeException e) {
            throw new InvalidInput(List.of(new InputFile.Problem(0, "", InputFile.Kind.NOT_A_NUMBER, "")));
        }
    }

    /** A JSON array of objects as a table: the header is every property name met, in order. */
    static CsvTable fromJson(JsonNode body) {
        if (body == null || !body.isArray()) {
            throw new InvalidInput(List.of(new InputFile.Problem(0, "", InputFile.Kind.NOT_A_NUMBER, "")));
        }
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode element : body) {
            if (!element.isObject()) {
                throw new InvalidInput(List.of(new InputFile.Problem(0, "", InputFile.Kind.NOT_A_NUMBER, "")));
            }
            names.addAll(element.propertyNames());
        }
        List<String> header = new ArrayList<>(names);
        List<CsvTable.Row> rows = new ArrayList<>();
        int number = 0;
        for (JsonNode element : body) {
            List<String> cells = new ArrayList<>();
            for (String name : header) {
                JsonNode value = element.get(name);
                cells.add(value == null || value.isNull() ? "" : value.isValueNode() ? value.asString() : value.toString());
            }
            rows.add(new CsvTable.Row(++number, cells));
        }
        return new CsvTable(header, rows);
    }

    /** Country as given; a year that is a whole number as a number. */
    private static Object keyValue(String cell) {
        return cell.matches("\\d{1,4}") ? Integer.valueOf(cell) : cell;
    }

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput invalid) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, Object>> errors = new ArrayList<>();
        for (InputFile.Problem p : invalid.problems) {
            String reason = report.text(p.column().isEmpty() && p.row() == 0 ? "indicators.indices.error.body"
                    : "indicators.indices.error." + kind(p.kind()), locale);
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("row", p.row());
            error.put("column", p.column());
            error.put("message", p.row() == 0
                    ? report.text("indicators.indices.line.header", locale, p.column(), reason)
                    : report.text("indicators.import.line", locale, p.row(), p.column(), reason));
            errors.add(error);
        }
        return report.problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalidIndexInput", "indicators.indices.rejected.title",
                "indicators.indices.rejected.detail", errors, locale);
    }

    private static String kind(InputFile.Kind kind) {
        return switch (kind) {
            case MISSING_COLUMN -> "missingColumn";
            case NOT_A_NUMBER -> "number";
            case NEGATIVE -> "negative";
            case TOO_LARGE -> "tooLarge";
        };
    }
}
