package kz.tendik.programs.survey;

import java.time.Instant;
import java.util.Map;

/**
 * A response as stored: the round, the enrolment, the instrument version it answered, its answers, its scale score
 * and band ({@code null} without a scale), its derived indicators, and whether staff entered it or the participant
 * answered through her one-time link.
 */
public record StoredResponse(long id, long roundId, long enrolmentId, String instrumentCode, int instrumentVersion,
                             Map<String, Integer> answers, Double score, String bandCode, Integer bandIndex,
                             Map<String, Boolean> indicators, String channel, Instant recordedAt) {

    /** The scored result again, for the impact analysis (band looked up in the instrument it answered). */
    public SurveyResult toResult(SurveyInstrument instrument) {
        Band band = bandIndex == null || !instrument.hasScore() ? null : instrument.scoring().bands().get(bandIndex);
        return new SurveyResult(instrumentCode, instrumentVersion, answers, score, band, bandIndex, indicators);
    }

    @Override
    public String toString() {
        return "StoredResponse[" + id + ", round " + roundId + ", enrolment " + enrolmentId + "]";
    }
}
