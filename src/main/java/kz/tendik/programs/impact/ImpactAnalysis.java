package kz.tendik.programs.impact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import kz.tendik.programs.survey.SurveyInstrument;
import kz.tendik.programs.survey.SurveyItem;
import kz.tendik.programs.survey.SurveyResult;

/**
 * Pairs scored responses before and after by participant and measures the change with one instrument. Only
 * participants with both responses are paired; an optional yes/no item is paired only where it was answered both
 * times.
 */
public final class ImpactAnalysis {

    private ImpactAnalysis() {
    }

    /**
     * The impact over participants (keys of any type) with a response in both {@code before} and {@code after};
     * every response must be to this instrument and version (responses to other versions are not comparable and
     * are refused with {@link IllegalArgumentException}).
     */
    public static <K> InstrumentImpact of(SurveyInstrument instrument, Map<K, SurveyResult> before,
                                          Map<K, SurveyResult> after) {
        checkVersion(instrument, before);
        checkVersion(instrument, after);
        List<SurveyResult[]> pairs = new ArrayList<>();
        before.forEach((participant, first) -> {
            SurveyResult second = after.get(participant);
            if (second != null) {
                pairs.add(new SurveyResult[] {first, second});
            }
        });
        PairedScoreChange score = null;
        BandShift bands = null;
        if (instrument.hasScore()) {
            score = PairedScoreChange.of(pairs.stream().map(pair -> new ScorePair(pair[0].score(), pair[1].score())).toList());
            bands = BandShift.of(pairs.stream().map(pair -> new BandPair(pair[0].bandIndex(), pair[1].bandIndex())).toList(),
                    instrument.scoring().bands().size());
        }
        Map<String, YesNoChange> items = new LinkedHashMap<>();
        for (SurveyItem item : instrument.items()) {
            if (item.isYesNo()) {
                items.put(item.code(), yesNo(pairs, result -> {
                    Integer answer = result.answers().get(item.code());
                    return answer == null ? null : answer == kz.tendik.programs.survey.ItemType.YES;
                }));
            }
        }
        Map<String, YesNoChange> indicators = new LinkedHashMap<>();
        instrument.indicators().forEach(indicator ->
                indicators.put(indicator.code(), yesNo(pairs, result -> result.indicators().get(indicator.code()))));
        return new InstrumentImpact(instrument.code(), instrument.version(), pairs.size(), score, bands, items, indicators);
    }

    private static YesNoChange yesNo(List<SurveyResult[]> pairs, Function<SurveyResult, Boolean> answer) {
        List<YesNoPair> answered = new ArrayList<>();
        for (SurveyResult[] pair : pairs) {
            Boolean first = answer.apply(pair[0]);
            Boolean second = answer.apply(pair[1]);
            if (first != null && second != null) {
                answered.add(new YesNoPair(first, second));
            }
        }
        return YesNoChange.of(answered);
    }

    private static void checkVersion(SurveyInstrument instrument, Map<?, SurveyResult> results) {
        results.values().forEach(result -> {
            if (!result.instrumentCode().equals(instrument.code()) || result.instrumentVersion() != instrument.version()) {
                throw new IllegalArgumentException("a response to " + result.instrumentCode() + " v"
                        + result.instrumentVersion() + " is not one to " + instrument.code() + " v" + instrument.version());
            }
        });
    }
}
