package kz.tendik.indicators.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
    List<IndicatorView> catalogue(Locale locale) {
        return catalogue.all().stream().map(i -> IndicatorView.of(i, locale)).toList();
    }

    /** Current values; with {@code history=true} and a {@code geo}, every revision. */
    @GetMapping("/{code}/values")
    @Requires(Action.INDICATOR_READ)
    List<ValueStore.Revision> values(@PathVariable String code, @RequestParam(required = false) String geo,
                                     @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                     @RequestParam(required = false) String sex,
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
    ImportResult importBody(@RequestBody byte[] body, @RequestParam(name = "name", required = false) String name,
                            @AuthenticationPrincipal CurrentUser user) {
        return imports.importFile(name, body, user.id());
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Requires(Action.INDICATOR_MANAGE)
    ImportResult importMultipart(@RequestPart("file") MultipartFile file, @AuthenticationPrincipal CurrentUser user)
            throws IOException {
        return imports.importFile(file.getOriginalFilename(), file.getBytes(), user.id());
    }

    @ExceptionHandler(ImportRejected.class)
    ProblemDetail rejected(ImportRejected rejected) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setType(URI.create("urn:tendik:problem:importRejected"));
        problem.setTitle(report.text("indicators.import.rejected.title", locale));
        problem.setDetail(report.text("indicators.import.rejected.detail", locale, rejected.problems().size()));
        List<Map<String, Object>> errors = report.lines(rejected.problems(), locale).stream()
                .map(line -> line.column() == null
                        ? Map.<String, Object>of("row", line.row(), "message", line.message())
                        : Map.<String, Object>of("row", line.row(), "column", line.column(), "message", line.message()))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }

}
