package kz.tendik.programs.results;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import kz.tendik.programs.cohort.Cohorts;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    private final JdbcClient jdbc;

    ResultsPages(ImpactReports reports, ProgrammeIndicators indicators, IndicatorExports exports, Cohorts cohorts,
                 JdbcClient jdbc) {
        this.reports = reports;
        this.indicators = indicators;
        this.exports = exports;
        this.cohorts = cohorts;
        this.jdbc = jdbc;
    }

    @GetMapping("/cohorts/{id}/impact")
    @Requires(Action.COHORT_FACILITATE)
    String cohort(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        ImpactReport report = reports.cohort(id, user);
        model.addAttribute("title", cohorts.get(id, user).name());
        model.addAttribute("backPath", "/cohorts/" + id + "/surveys");
        model.addAttribute("view", ImpactView.of(report, locale));
        return "programs/impact";
    }

    @GetMapping("/programme-results/programmes/{id}/impact")
    @Requires(Action.PROGRAMME_RESULTS_READ)
    String programme(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        ImpactReport report = reports.programme(id, user);
        model.addAttribute("title", jdbc.sql("SELECT name_kk, name_ru, name_en FROM programme WHERE id = ?").param(id)
                .query((rs, n) -> switch (locale.getLanguage()) {
                    case "kk" -> rs.getString(1);
                    case "ru" -> rs.getString(2);
                    default -> rs.getString(3);
                }).single());
        model.addAttribute("backPath", "/programme-results");
        model.addAttribute("view", ImpactView.of(report, locale));
        return "programs/impact";
    }

    @GetMapping("/programme-results/regions/{code}/impact")
    @Requires(Action.PROGRAMME_RESULTS_READ)
    String region(@PathVariable String code, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        ImpactReport report = reports.region(code, user);
        model.addAttribute("title", jdbc.sql("SELECT name_kk, name_ru, name_en FROM region WHERE code = ?").param(code)
                .query((rs, n) -> switch (locale.getLanguage()) {
                    case "kk" -> rs.getString(1);
                    case "ru" -> rs.getString(2);
                    default -> rs.getString(3);
                }).single());
        model.addAttribute("backPath", "/programme-results");
        model.addAttribute("view", ImpactView.of(report, locale));
        return "programs/impact";
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
