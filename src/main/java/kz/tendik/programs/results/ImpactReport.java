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
    /**
     * One instrument's change from before (PRE) to after (POST), and, when the cohort held a follow-up round, from
     * before to the follow-up ({@code followUp}, null without one): whether the change lasted.
     */
    public record Measure(SurveyInstrument instrument, InstrumentImpact impact, InstrumentImpact followUp) {
    }
}
