package kz.tendik.programs.results;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Programme results through the API: a cohort's, a programme's and a region's impact analysis, the programme
 * indicators, and the published participation figures on the open-data API (anyone, small counts suppressed).
 * Aggregates only.
 */
@RestController
class ResultsApi {

    private final ImpactReports reports;
    private final ProgrammeIndicators indicators;
    private final OpenParticipation open;

    ResultsApi(ImpactReports reports, ProgrammeIndicators indicators, OpenParticipation open) {
        this.reports = reports;
        this.indicators = indicators;
        this.open = open;
    }

    @GetMapping("/api/v1/cohorts/{id}/impact")
    @Requires(Action.COHORT_FACILITATE)
    Map<String, Object> cohort(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return ImpactView.api(reports.cohort(id, user));
    }

    @GetMapping("/api/v1/programmes/{id}/impact")
    @Requires(Action.PROGRAMME_RESULTS_READ)
    Map<String, Object> programme(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return ImpactView.api(reports.programme(id, user));
    }

    @GetMapping("/api/v1/regions/{code}/programme-impact")
    @Requires(Action.PROGRAMME_RESULTS_READ)
    Map<String, Object> region(@PathVariable String code, @AuthenticationPrincipal CurrentUser user) {
        return ImpactView.api(reports.region(code, user));
    }

    @GetMapping("/api/v1/programme-indicators")
    @Requires(Action.PROGRAMME_RESULTS_READ)
    Map<String, List<IndicatorRow>> indicators(@AuthenticationPrincipal CurrentUser user, Locale locale) {
        return indicators.all(user, locale);
    }

    @GetMapping("/api/v1/open/programmes/participation")
    @Requires(Action.PUBLIC)
    Map<String, Object> participation() {
        return Map.of("suppressionThreshold", SmallCellSuppression.THRESHOLD, "rows", open.rows());
    }
}
