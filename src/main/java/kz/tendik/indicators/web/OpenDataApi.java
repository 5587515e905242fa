package kz.tendik.indicators.web;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.tendik.identity.Action;
import kz.tendik.identity.Requires;
import kz.tendik.indicators.csv.CsvTable;
import kz.tendik.indicators.results.IndexResult;
import kz.tendik.indicators.results.IndexResults;
import kz.tendik.indicators.store.Catalogue;
import kz.tendik.indicators.store.Indicator;
import kz.tendik.indicators.store.ValueStore;
import kz.tendik.shared.web.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open data: the published indicators, their current values and the stored index results, read-only and without
 * sign-in. JSON by default, CSV with {@code format=csv} or {@code Accept: text/csv}. Answers are cached in memory
 * until the next import or recomputation, carry an ETag (a matching {@code If-None-Match} gets 304) and may be kept
 * by any cache for {@value #MAX_AGE_SECONDS} seconds. Only indicators whose catalogue entry is {@code published}
 * are served; everything here is an aggregate statistic.
 */
@RestController
@RequestMapping("/api/v1/open")
@Tag(name = "Open data", description = "Published gender-equality indicators and indices; no sign-in; cached")
class OpenDataApi {

    static final int MAX_AGE_SECONDS = 300;
    private static final int MAX_VALUES = 20_000;
    private static final String CSV_FORMAT = "csv";

    private final Catalogue catalogue;
    private final ValueStore values;
    private final IndexResults results;
    private final OpenDataCache cache;
    private final JsonMapper json;

    OpenDataApi(Catalogue catalogue, ValueStore values, IndexResults results, OpenDataCache cache, JsonMapper json) {
        this.catalogue = catalogue;
        this.values = values;
        this.results = results;
        this.cache = cache;
        this.json = json;
    }

    record Names(String kk, String ru, String en) {
    }

    record OpenIndicator(String code, Names name, Names definition, String unit, boolean sexDisaggregated,
                         String periodicity, String source, String sdgIndicator, String cedawArticle, String topic) {
        static OpenIndicator of(Indicator i) {
            return new OpenIndicator(i.code(), new Names(i.nameKk(), i.nameRu(), i.nameEn()),
                    new Names(i.definitionKk(), i.definitionRu(), i.definitionEn()), i.unit(), i.sexDisaggregated(),
                    i.periodicity(), i.source(), i.sdgIndicator(), i.cedawArticle(), i.topic());
        }
    }

    record OpenValue(String indicator, String geography, String period, String sex, BigDecimal value, String source,
                     String note) {
    }

    @GetMapping("/indicators")
    @Requires(Action.PUBLIC)
    @Operation(summary = "The published indicators", description = "Names and definitions in Kazakh, Russian and English,"
            + " unit, sex disaggregation, periodicity, source, SDG indicator and CEDAW article.")
    @ApiResponse(responseCode = "200", content = {
            @Content(mediaType = "application/json", examples = @ExampleObject(value = """
                    [{"code":"pr","name":{"kk":"Парламенттегі орындар үлесі","ru":"Доля мест в парламенте",
                    "en":"Share of seats in parliament"},"definition":{"kk":"…","ru":"…","en":"…"},"unit":"percent",
                    "sexDisaggregated":true,"periodicity":"YEAR","source":"UNDP HDR (Inter-Parliamentary Union)",
                    "sdgIndicator":"5.5.1","cedawArticle":"7","topic":"POLITICS"}]""")),
            @Content(mediaType = "text/csv", examples = @ExampleObject(value = """
                    code,name_kk,name_ru,name_en,unit,sex_disaggregated,periodicity,source,sdg_indicator,cedaw_article,topic
                    pr,Парламенттегі орындар үлесі,Доля мест в парламенте,Share of seats in parliament,percent,true,YEAR,UNDP HDR (Inter-Parliamentary Union),5.5.1,7,POLITICS"""))})
    ResponseEntity<byte[]> indicators(@RequestParam(required = false) String format,
                                      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                                      @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        boolean csv = csv(format, accept);
        return answer("indicators|" + csv, csv, ifNoneMatch, () -> {
            List<Indicator> published = catalogue.published();
            if (!csv) {
                return json.writeValueAsString(published.stream().map(OpenIndicator::of).toList());
            }
            return csv(List.of("code", "name_kk", "name_ru", "name_en", "unit", "sex_disaggregated", "periodicity",
                    "source", "sdg_indicator", "cedaw_article", "topic"), published, i -> List.of(i.code(), i.nameKk(),
                    i.nameRu(), i.nameEn(), i.unit(), Boolean.toString(i.sexDisaggregated()), i.periodicity(),
                    i.source(), text(i.sdgIndicator()), text(i.cedawArticle()), i.topic()));
        });
    }

    @GetMapping("/indicators/{code}/values")
    @Requires(Action.PUBLIC)
    @Operation(summary = "Current values of a published indicator", description = "Filtered by geography (ISO 3166-1"
            + " alpha-3 or ISO 3166-2:KZ), periods starting from/to (2022, 2022-Q3, 2022-07) and sex (F, M, T); at most"
            + " 20,000 values. 404 for an indicator that is not published.")
    @ApiResponse(responseCode = "200", content = {
            @Content(mediaType = "application/json", examples = @ExampleObject(value = """
                    [{"indicator":"pr","geography":"KAZ","period":"2022","sex":"F","value":24.675,
                    "source":"UNDP Human Development Report 2023/24, composite indices time series","note":null}]""")),
            @Content(mediaType = "text/csv", examples = @ExampleObject(value = """
                    indicator,geography,period,sex,value,source,note
                    pr,KAZ,2022,F,24.675,"UNDP Human Development Report 2023/24, composite indices time series",
                    """))})
    ResponseEntity<byte[]> values(@PathVariable String code,
                                  @Parameter(example = "KAZ") @RequestParam(required = false) String geography,
                                  @Parameter(example = "2010") @RequestParam(required = false) String from,
                                  @Parameter(example = "2022") @RequestParam(required = false) String to,
                                  @Parameter(example = "F") @RequestParam(required = false) String sex,
                                  @RequestParam(required = false) String format,
                                  @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                                  @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        Indicator indicator = catalogue.find(code).filter(Indicator::published).orElseThrow(NotFoundException::new);
        ValueFilters filters = ValueFilters.of(geography, "from", from, "to", to, sex);
        boolean csv = csv(format, accept);
        String key = String.join("|", "values", indicator.code(), String.valueOf(filters), Boolean.toString(csv));
        return answer(key, csv, ifNoneMatch, () -> {
            List<OpenValue> rows = values.current(indicator.code(), filters.geography(), filters.sex(), filters.from(),
                    filters.to(), MAX_VALUES).stream().map(r -> new OpenValue(r.indicator(), r.geo(), r.period(), r.sex(),
                    r.value(), r.source(), r.note())).toList();
            if (!csv) {
                return json.writeValueAsString(rows);
            }
            return csv(List.of("indicator", "geography", "period", "sex", "value", "source", "note"), rows,
                    v -> List.of(v.indicator(), v.geography(), v.period(), v.sex(), v.value().toPlainString(),
                            v.source(), text(v.note())));
        });
    }

    @GetMapping("/indices/{code}")
    @Requires(Action.PUBLIC)
    @Operation(summary = "Stored index results", description = "GII, GDI, HDI_F, HDI_M, GGGI, GGGI_ECONOMIC,"
            + " GGGI_EDUCATION, GGGI_HEALTH, GGGI_POLITICAL, PAY_GAP_MEAN, PAY_GAP_MEDIAN, WOMEN_SHARE_MAZHILIS,"
            + " WOMEN_SHARE_SENATE, WOMEN_SHARE_MASLIKHAT, recomputed"
            + " from the stored values: the value (null when not computable), the method's components, the exact input revisions,"
            + " the method version and what is missing. Give a geography, a year or both. 404 for an index that reads"
            + " an indicator that is not published.")
    @ApiResponse(responseCode = "200", content = {
            @Content(mediaType = "application/json", examples = @ExampleObject(value = """
                    [{"indexCode":"GII","geography":"KAZ","year":2022,"value":0.17742695,
                    "components":{"health_f":0.18916,"harm":0.53796,"gbar":0.654,"published":0.177},
                    "inputs":{"mmr":{"indicator":"mmr","sex":"T","period":"2022","value":13.38363194,"valueId":1042,"importId":1}},
                    "methodVersion":"undp-gii@hdr-2023-24","computable":true,"missing":[],"outOfRange":[],
                    "computedAt":"2026-12-01T10:00:00Z"}]""")),
            @Content(mediaType = "text/csv", examples = @ExampleObject(value = """
                    index_code,geography,year,value,computable,method_version,missing,out_of_range
                    GII,KAZ,2022,0.17742695,true,undp-gii@hdr-2023-24,,
                    GGGI,KAZ,2010,,false,wef-gggi@gggr-2018,gggi_lfpr;gggi_wage;…,"""))})
    ResponseEntity<byte[]> indices(@PathVariable String code,
                                   @Parameter(example = "KAZ") @RequestParam(required = false) String geography,
                                   @Parameter(example = "2022") @RequestParam(required = false) Integer year,
                                   @RequestParam(required = false) String format,
                                   @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                                   @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        if (!publishedInputs(code)) {
            throw new NotFoundException();
        }
        boolean csv = csv(format, accept);
        String key = String.join("|", "indices", code, String.valueOf(geography), String.valueOf(year),
                Boolean.toString(csv));
        return answer(key, csv, ifNoneMatch, () -> {
            List<IndexResult> stored = IndicesApi.storedResults(results, code, geography, year);
            if (!csv) {
                return json.writeValueAsString(stored);
            }
            return csv(List.of("index_code", "geography", "year", "value", "computable", "method_version", "missing",
                    "out_of_range"), stored, r -> List.of(r.indexCode(), r.geography(), Integer.toString(r.year()),
                    r.value() == null ? "" : BigDecimal.valueOf(r.value()).toPlainString(),
                    Boolean.toString(r.computable()), r.methodVersion(), String.join(";", r.missing()),
                    String.join(";", r.outOfRange())));
        });
    }

    /** Whether every indicator the index reads is published (its results show their input values). */
    private boolean publishedInputs(String code) {
        java.util.Set<String> published = new java.util.HashSet<>();
        catalogue.published().forEach(i -> published.add(i.code()));
        return published.containsAll(IndexResults.indicators(code.toUpperCase(java.util.Locale.ROOT)));
    }

    private ResponseEntity<byte[]> answer(String key, boolean csv, String ifNoneMatch,
                                          java.util.function.Supplier<String> render) {
        MediaType type = csv ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)
                : MediaType.APPLICATION_JSON;
        OpenDataCache.Entry entry = cache.get(key, type, render);
        CacheControl caching = CacheControl.maxAge(Duration.ofSeconds(MAX_AGE_SECONDS)).cachePublic();
        if (ifNoneMatch != null && (ifNoneMatch.contains(entry.etag()) || ifNoneMatch.strip().equals("*"))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).cacheControl(caching).eTag(entry.etag())
                    .varyBy(HttpHeaders.ACCEPT).build();
        }
        return ResponseEntity.ok().contentType(entry.type()).cacheControl(caching).eTag(entry.etag())
                .varyBy(HttpHeaders.ACCEPT).body(entry.body());
    }

    private static boolean csv(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return format.strip().equalsIgnoreCase(CSV_FORMAT);
        }
        return accept != null && accept.contains("text/csv");
    }

    private static <T> String csv(List<String> header, List<T> rows, Function<T, List<String>> cells) {
        List<List<String>> lines = new ArrayList<>(rows.size());
        rows.forEach(row -> lines.add(cells.apply(row)));
        StringWriter out = new StringWriter();
        CsvTable.write(out, header, lines);
        return out.toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
