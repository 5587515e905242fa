package kz.tendik.programs.results;

import java.util.List;

import kz.tendik.programs.impact.AttritionFunnel;
import kz.tendik.programs.impact.InstrumentImpact;
import kz.tendik.programs.survey.SurveyInstrument;

/**
 * The measured change over some cohorts (one cohort, a programme's, a region's): how many cohorts, the attrition
 * funnel, and for every instrument version asked before and after, its paired analysis.
 */
public record ImpactReport(int cohorts, AttritionFunnel funnel, List<Measure> measures) {

    /** One instrument version's analysis; the instrument is there to name its items and bands. */
    public record Measure(SurveyInstrument instrument, InstrumentImpact impact) {
    }
}
