package kz.tendik.programs.results;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Programme results", description = "Impact analyses and programme indicators (aggregates only), and the published participation figures")
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

    @Operation(summary = "A cohort's impact analysis: attrition funnel and pre/post change per instrument")
    @GetMapping("/api/v1/cohorts/{id}/impact")
    @Requires(Action.COHORT_FACILITATE)
    Map<String, Object> cohort(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return ImpactView.api(reports.cohort(id, user));
    }

    @Operation(summary = "A programme's impact analysis over the cohorts within the caller's org unit")
    @GetMapping("/api/v1/programmes/{id}/impact")
    @Requires(Action.PROGRAMME_RESULTS_READ)
    Map<String, Object> programme(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return ImpactView.api(reports.programme(id, user));
    }

    @Operation(summary = "A region's impact analysis")
    @GetMapping("/api/v1/regions/{code}/programme-impact")
    @Requires(Action.PROGRAMME_RESULTS_READ)
    Map<String, Object> region(@PathVariable String code, @AuthenticationPrincipal CurrentUser user) {
        return ImpactView.api(reports.region(code, user));
    }

    @Operation(summary = "Programme indicators by programme, cohort, region and age band",
            description = "Enrolled (admitted to a place), completed, completion rate, attendance rate (sessions attended over sessions less excused absences), attitude change, businesses started")
    @GetMapping("/api/v1/programme-indicators")
    @Requires(Action.PROGRAMME_RESULTS_READ)
    Map<String, List<IndicatorRow>> indicators(@AuthenticationPrincipal CurrentUser user, Locale locale) {
        return indicators.all(user, locale);
    }

    @Operation(summary = "Published participation by programme, year and region (no sign-in)",
            description = "Counts below the suppression threshold, and those that would reveal them, are null")
    @GetMapping("/api/v1/open/programmes/participation")
    @Requires(Action.PUBLIC)
    Map<String, Object> participation() {
        return Map.of("suppressionThreshold", SmallCellSuppression.THRESHOLD, "rows", open.rows());
    }
}
