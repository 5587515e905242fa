package kz.tendik.programs.impact;

import java.util.Map;

/**
 * The impact measured with one instrument (code and version) over the participants who answered it before and
 * after ({@code n} pairs): the change in the scale score and the band shift ({@code null} when the instrument has
 * no score), and the change in every yes/no item and every derived indicator, by code.
 */
public record InstrumentImpact(String instrumentCode, int instrumentVersion, int n, PairedScoreChange score,
                               BandShift bands, Map<String, YesNoChange> yesNoItems,
                               Map<String, YesNoChange> indicators) {

    public InstrumentImpact {
        yesNoItems = Map.copyOf(yesNoItems);
        indicators = Map.copyOf(indicators);
    }
}
