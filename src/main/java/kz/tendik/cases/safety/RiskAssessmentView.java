package kz.tendik.cases.safety;

import java.time.Instant;
import java.util.Map;

import kz.tendik.cases.risk.RiskAnswer;
import kz.tendik.cases.risk.RiskLevel;

/** A stored assessment with the reason for a raised level decrypted. */
public record RiskAssessmentView(long id, String instrumentCode, int instrumentVersion, Map<String, RiskAnswer> answers,
                                 int score, RiskLevel scoredLevel, RiskLevel level, String professionalReason,
                                 long assessedBy, String assessedByName, Instant assessedAt) {

    public boolean raised() {
        return level != scoredLevel;
    }
}
