package kz.tendik.programs.survey;

import java.util.Map;

/**
 * A scored response: the instrument and version it answered, every answer by item code, the scale score and its
 * band ({@code null} when the instrument has no score), and each derived yes/no indicator by code.
 */
public record SurveyResult(String instrumentCode, int instrumentVersion, Map<String, Integer> answers, Double score,
                           Band band, Integer bandIndex, Map<String, Boolean> indicators) {

    public SurveyResult {
        answers = Map.copyOf(answers);
        indicators = Map.copyOf(indicators);
    }

    /** Leaves out the answers: they describe a person's views. */
    @Override
    public String toString() {
        return "SurveyResult[" + instrumentCode + " v" + instrumentVersion + ", score " + score + ", band "
                + (band == null ? null : band.code()) + "]";
    }
}
