package kz.tendik.programs.results;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import kz.tendik.directory.Regions;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import kz.tendik.programs.cohort.Cohorts;
import kz.tendik.programs.cohort.Programmes;
import kz.tendik.shared.web.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The impact page of a cohort (for those who run it) and the programme results (coordinators and analysts):
 * indicators by programme, cohort, region and age band with CSV and XLSX downloads, and the impact pages of a
 * programme and of a region.
 */
@Controller
class ResultsPages {

    private final ImpactReports reports;
    private final ProgrammeIndicators indicators;
    private final IndicatorExports exports;
    private final Cohorts cohorts;
    private final Programmes programmes;
    private final Regions regions;

    ResultsPages(ImpactReports reports, ProgrammeIndicators indicators, IndicatorExports exports, Cohorts cohorts,
                 Programmes programmes, Regions regions) {
        this.reports = reports;
        this.indicators = indicators;
        this.exports = exports;
        this.cohorts = cohorts;
        this.programmes = programmes;
        this.regions = regions;
    }

    private static String impact(Model model, String title, String backPath, ImpactReport report, Locale locale) {
        model.addAttribute("title", title);
        model.addAttribute("backPath", backPath);
        model.addAttribute("view", ImpactView.of(report, locale));
        return "programs/impact";
    }

    @GetMapping("/cohorts/{id}/impact")
    @Requires(Action.COHORT_FACILITATE)
    String cohort(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        ImpactReport report = reports.cohort(id, user);
        return impact(model, cohorts.get(id, user).name(), "/cohorts/" + id + "/surveys", report, locale);
    }

    @GetMapping("/programme-results/programmes/{id}/impact")
    @Requires(Action.PROGRAMME_RESULTS_READ)
    String programme(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        ImpactReport report = reports.programme(id, user);
        return impact(model, programmes.forResults(id, user).name(locale), "/programme-results", report, locale);
    }

    @GetMapping("/programme-results/regions/{code}/impact")
    @Requires(Action.PROGRAMME_RESULTS_READ)
    String region(@PathVariable String code, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        ImpactReport report = reports.region(code, user);
        String name = regions.find(code).map(r -> r.name(locale)).orElseThrow(NotFoundException::new);
        return impact(model, name, "/programme-results", report, locale);
    }

    @GetMapping("/programme-results")
    @Requires(Action.PROGRAMME_RESULTS_READ)
    String dashboard(@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        model.addAttribute("tables", indicators.all(user, locale));
        return "programs/results";
    }

    @GetMapping("/programme-results/indicators.csv")
    @Requires(Action.PROGRAMME_RESULTS_READ)
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser user, Locale locale) {
        byte[] body = exports.csv(indicators.all(user, locale), locale).getBytes(StandardCharsets.UTF_8);
        return download(body, "programme-indicators.csv", new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    @GetMapping("/programme-results/indicators.xlsx")
    @Requires(Action.PROGRAMME_RESULTS_READ)
    ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal CurrentUser user, Locale locale) {
        return download(exports.xlsx(indicators.all(user, locale), locale), "programme-indicators.xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    private static ResponseEntity<byte[]> download(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    static List<String> dimensions() {
        return ProgrammeIndicators.DIMENSIONS;
    }
}
