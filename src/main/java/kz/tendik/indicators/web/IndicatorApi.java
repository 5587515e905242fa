package kz.tendik.indicators.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import kz.tendik.indicators.store.Catalogue;
import kz.tendik.indicators.store.ImportRejected;
import kz.tendik.indicators.store.ImportResult;
import kz.tendik.indicators.store.IndicatorImports;
import kz.tendik.indicators.store.Indicator;
import kz.tendik.indicators.store.ValueStore;
import kz.tendik.shared.web.NotFoundException;
import kz.tendik.shared.web.UserInputException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The indicator catalogue, values and imports over HTTP. */
@RestController
@RequestMapping("/api/v1/indicators")
@Tag(name = "Indicators", description = "The indicator catalogue, the stored values with their revisions, and imports"
        + " (signed in)")
class IndicatorApi {

    private final Catalogue catalogue;
    private final ValueStore values;
    private final IndicatorImports imports;
    private final ImportReport report;

    IndicatorApi(Catalogue catalogue, ValueStore values, IndicatorImports imports, ImportReport report) {
        this.catalogue = catalogue;
        this.values = values;
        this.imports = imports;
        this.report = report;
    }

    record IndicatorView(String code, String name, String definition, String unit, boolean sexDisaggregated,
                         String periodicity, String source, String sdgIndicator, String cedawArticle, String topic) {
        static IndicatorView of(Indicator i, Locale locale) {
            return new IndicatorView(i.code(), i.name(locale), i.definition(locale), i.unit(), i.sexDisaggregated(),
                    i.periodicity(), i.source(), i.sdgIndicator(), i.cedawArticle(), i.topic());
        }
    }

    @GetMapping
    @Requires(Action.INDICATOR_READ)
    @Operation(summary = "The indicator catalogue", description = "Every catalogued indicator with its name and"
            + " definition in the reader's language (lang=kk|ru|en), unit, periodicity, source, SDG indicator and"
            + " CEDAW article.")
    List<IndicatorView> catalogue(Locale locale) {
        return catalogue.all().stream().map(i -> IndicatorView.of(i, locale)).toList();
    }

    /** Current values; with {@code history=true} and a {@code geo}, every revision. */
    @GetMapping("/{code}/values")
    @Requires(Action.INDICATOR_READ)
    @Operation(summary = "Current values of an indicator, or every revision of them",
            description = "Each value with its source, note and the import that brought it. With history=true (and a"
                    + " geo) every revision, newest first. 404 for an unknown indicator code.")
    List<ValueStore.Revision> values(@PathVariable String code,
                                     @Parameter(description = "ISO 3166-1 alpha-3 (KAZ), an HDR aggregate or a"
                                             + " Kazakhstan region (KZ-71)") @RequestParam(required = false) String geo,
                                     @Parameter(description = "first period: 2022, 2022-Q3 or 2022-07")
                                     @RequestParam(required = false) String from,
                                     @Parameter(description = "last period, same forms as from")
                                     @RequestParam(required = false) String to,
                                     @Parameter(description = "F, M or T") @RequestParam(required = false) String sex,
                                     @Parameter(description = "every revision instead of the current values")
                                     @RequestParam(defaultValue = "false") boolean history) {
        catalogue.find(code).orElseThrow(NotFoundException::new);
        ValueFilters filters = ValueFilters.of(geo, "from", from, "to", to, sex);
        if (history) {
            if (filters.geography() == null) {
                throw new UserInputException("geo", "validation.required");
            }
            return values.history(code, filters.geography(), filters.sex(), filters.from(), filters.to());
        }
        return values.current(code, filters.geography(), filters.sex(), filters.from(), filters.to(), 20_000);
    }

    /** The file as the request body (text/csv or any other type but multipart). */
    @PostMapping(path = "/imports")
    @Requires(Action.INDICATOR_MANAGE)
    @Operation(summary = "Import a file of values (the request body)", description = "Long CSV"
            + " (indicator,geo,period,sex,value,source,note), the UNDP HDR time series, SDMX-CSV, WEF TCdata360 or the"
            + " WEF report scores by country name; the format is recognised by the header. The whole file or nothing:"
            + " any problem refuses it with 400 naming every row and column. Only new or changed values are added.")
    ImportResult importBody(@RequestBody byte[] body, @RequestParam(name = "name", required = false) String name,
                            @AuthenticationPrincipal CurrentUser user) {
        return imports.importFile(name, body, user.id());
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Requires(Action.INDICATOR_MANAGE)
    @Operation(summary = "Import a file of values (multipart upload, part \"file\")",
            description = "The same formats and rules as the plain upload.")
    ImportResult importMultipart(@RequestPart("file") MultipartFile file, @AuthenticationPrincipal CurrentUser user)
            throws IOException {
        return imports.importFile(file.getOriginalFilename(), file.getBytes(), user.id());
    }

    @ExceptionHandler(ImportRejected.class)
    ProblemDetail rejected(ImportRejected rejected) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, Object>> errors = report.lines(rejected.problems(), locale).stream()
                .map(line -> line.column() == null
                        ? Map.<String, Object>of("row", line.row(), "message", line.message())
                        : Map.<String, Object>of("row", line.row(), "column", line.column(), "message", line.message()))
                .toList();
        return report.problem(HttpStatus.BAD_REQUEST, "importRejected", "indicators.import.rejected.title",
                "indicators.import.rejected.detail", errors, locale);
    }

}
