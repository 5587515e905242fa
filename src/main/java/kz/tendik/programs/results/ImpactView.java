package kz.tendik.programs.results;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import kz.tendik.programs.impact.AttritionFunnel;
import kz.tendik.programs.impact.BandShift;
import kz.tendik.programs.impact.Computation;
import kz.tendik.programs.impact.ConfidenceInterval;
import kz.tendik.programs.impact.InstrumentImpact;
import kz.tendik.programs.impact.Means;
import kz.tendik.programs.impact.PairedScoreChange;
import kz.tendik.programs.impact.YesNoChange;
import kz.tendik.programs.survey.DerivedIndicator;
import kz.tendik.programs.survey.SurveyInstrument;
import kz.tendik.programs.survey.SurveyItem;

/**
 * An impact report as the page shows it: every figure formatted for the reader's language, or the message key of
 * the reason it could not be computed.
 */
public record ImpactView(int cohorts, List<Line> funnel, List<MeasureView> measures) {

    /** A labelled figure: its text, or why there is none; {@code note} is an optional message key (a method). */
    public record Line(String labelKey, String value, String reasonKey, String noteKey) {
    }

    /** A yes/no item or indicator: its text, pairs, answers yes before and after, changes, McNemar's p. */
    public record YesNoView(String text, int n, int yesBefore, int yesAfter, int yesToNo, int noToYes, Line test) {
    }

    /** An instrument's figures; {@code followUp} the same from before to the follow-up round, or null. */
    public record MeasureView(String title, int version, int n, List<Line> score, List<Line> bands,
                              List<YesNoView> items, List<YesNoView> indicators, MeasureView followUp) {
    }

    public static ImpactView of(ImpactReport report, Locale locale) {
        Format f = new Format(locale);
        AttritionFunnel funnel = report.funnel();
        List<Line> funnelLines = List.of(
                new Line("programs.funnel.enrolled", f.count(funnel.enrolled()), null, null),
                new Line("programs.funnel.completed", f.count(funnel.completed()), null, null),
                new Line("programs.funnel.surveyedBefore", f.count(funnel.surveyedBefore()), null, null),
                new Line("programs.funnel.surveyedTwice", f.count(funnel.surveyedTwice()), null, null),
                f.line("programs.funnel.completionRate", funnel.completionRate(), f::percent, null),
                f.line("programs.funnel.pairedRate", funnel.pairedRate(), f::percent, null));
        List<MeasureView> measures = new ArrayList<>();
        for (ImpactReport.Measure m : report.measures()) {
            MeasureView followUp = m.followUp() == null ? null : measure(m.instrument(), m.followUp(), f, locale, null);
            measures.add(measure(m.instrument(), m.impact(), f, locale, followUp));
        }
        return new ImpactView(report.cohorts(), funnelLines, measures);
    }

    private static MeasureView measure(SurveyInstrument instrument, InstrumentImpact impact, Format f, Locale locale,
                                       MeasureView followUp) {
        List<Line> score = new ArrayList<>();
        List<Line> bands = new ArrayList<>();
        PairedScoreChange s = impact.score();
        if (s != null) {
            score.add(f.line("programs.impact.meanBefore", s.means(), (Means m) -> f.decimal(m.before()), null));
            score.add(f.line("programs.impact.meanAfter", s.means(), (Means m) -> f.decimal(m.after()), null));
            score.add(f.line("programs.impact.meanDifference", s.means(), (Means m) -> f.signed(m.difference()), null));
            score.add(f.line("programs.impact.confidenceInterval95", s.meanDifferenceInterval(),
                    (ConfidenceInterval ci) -> f.signed(ci.lower()) + " … " + f.signed(ci.upper()), null));
            score.add(f.line("programs.impact.tTest", s.tTest(),
                    t -> "t = " + f.decimal(t.t()) + ", df = " + f.count((int) t.degreesOfFreedom()) + ", p = " + f.p(t.p()),
                    null));
            score.add(f.line("programs.impact.signedRank", s.signedRank(),
                    w -> "W+ = " + f.decimal(w.wPlus()) + ", p = " + f.p(w.p()),
                    s.signedRank().toOptional().map(w -> w.method().messageKey()).orElse(null)));
            score.add(f.line("programs.impact.cohensDz", s.cohensDz(), f::decimal, null));
        }
        BandShift b = impact.bands();
        if (b != null) {
            bands.add(new Line("programs.impact.moreEquitable", f.count(b.moreEquitable()), null, null));
            bands.add(new Line("programs.impact.unchangedBand", f.count(b.unchanged()), null, null));
            bands.add(new Line("programs.impact.lessEquitable", f.count(b.lessEquitable()), null, null));
            bands.add(f.line("programs.impact.shareMoreEquitable", b.shareMoreEquitable(), f::percent, null));
            bands.add(f.line("programs.impact.shareMoreEquitableOfThoseWhoCould",
                    b.shareMoreEquitableOfThoseWhoCould(), f::percent, null));
        }
        List<YesNoView> items = new ArrayList<>();
        for (SurveyItem item : instrument.items()) {
            YesNoChange change = impact.yesNoItems().get(item.code());
            if (change != null) {
                items.add(yesNo(item.text().in(locale), change, f));
            }
        }
        List<YesNoView> indicators = new ArrayList<>();
        for (DerivedIndicator indicator : instrument.indicators()) {
            YesNoChange change = impact.indicators().get(indicator.code());
            if (change != null) {
                indicators.add(yesNo(indicator.text().in(locale), change, f));
            }
        }
        return new MeasureView(instrument.title().in(locale), instrument.version(), impact.n(), score, bands, items,
                indicators, followUp);
    }

    private static YesNoView yesNo(String text, YesNoChange c, Format f) {
        return new YesNoView(text, c.n(), c.yesBefore(), c.yesAfter(), c.yesToNo(), c.noToYes(),
                f.line("programs.impact.mcNemar", c.mcNemar(), t -> "p = " + f.p(t.p()),
                        c.mcNemar().toOptional().map(t -> t.method().messageKey()).orElse(null)));
    }

    /** Numbers in the reader's language. */
    static final class Format {
        private final NumberFormat decimal;
        private final NumberFormat percent;
        private final NumberFormat integer;

        Format(Locale locale) {
            decimal = NumberFormat.getNumberInstance(locale);
            decimal.setMinimumFractionDigits(2);
            decimal.setMaximumFractionDigits(2);
            percent = NumberFormat.getPercentInstance(locale);
            percent.setMaximumFractionDigits(1);
            integer = NumberFormat.getIntegerInstance(locale);
        }

        String decimal(double value) {
            return decimal.format(value);
        }

        String signed(double value) {
            return (value > 0 ? "+" : "") + decimal.format(value);
        }

        String percent(double value) {
            return percent.format(value);
        }

        String count(int value) {
            return integer.format(value);
        }

        String p(double value) {
            if (value < 0.001) {
                return "< " + NumberFormat.getNumberInstance(Locale.ROOT).format(0.001).replace(".", decimalSeparator());
            }
            NumberFormat three = (NumberFormat) decimal.clone();
            three.setMinimumFractionDigits(3);
            three.setMaximumFractionDigits(3);
            return three.format(value);
        }

        private String decimalSeparator() {
            return decimal.format(0.5).contains(",") ? "," : ".";
        }

        <T> Line line(String label, Computation<T> c, Function<T, String> show, String note) {
            return c.isComputed() ? new Line(label, show.apply(c.value()), null, note)
                    : new Line(label, null, c.whyNot().orElseThrow().messageKey(), null);
        }
    }

    /** The API's form: the report's figures, computed or with the reason code. */
    public static Map<String, Object> api(ImpactReport report) {
        List<Object> measures = new ArrayList<>();
        List<Object> followUps = new ArrayList<>();
        for (ImpactReport.Measure m : report.measures()) {
            measures.add(m.impact());
            followUps.add(m.followUp() == null ? Map.of() : m.followUp());
        }
        // followUp[i]: measures[i]'s instrument from before to the follow-up round ({} when there was none)
        return Map.of("cohorts", report.cohorts(), "funnel", report.funnel(), "measures", measures,
                "followUp", followUps);
    }
}
