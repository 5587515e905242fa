package kz.tendik.cases.risk;

import java.util.Map;

/**
 * A scored risk assessment: the instrument and version it used, every answer by question code, the score and the
 * level it reaches, and the level that holds — higher than the scored one only when a professional raised it,
 * with the reason.
 */
public record RiskAssessmentResult(String instrumentCode, int instrumentVersion, Map<String, RiskAnswer> answers,
                                   int score, RiskLevel scoredLevel, RiskLevel level, String raiseReason) {

    public RiskAssessmentResult {
        answers = Map.copyOf(answers);
    }

    public boolean raisedByProfessional() {
        return level.isAbove(scoredLevel);
    }

    /** A high level calls for a referral of the case to the akimat's multi-agency group. */
    public boolean referralToMultiAgencyGroupDue() {
        return level == RiskLevel.HIGH;
    }

    /** Leaves out the answers and the reason: they describe a person. */
    @Override
    public String toString() {
        return "RiskAssessmentResult[" + instrumentCode + " v" + instrumentVersion + ", score " + score + ", "
                + scoredLevel + " -> " + level + "]";
    }
}
