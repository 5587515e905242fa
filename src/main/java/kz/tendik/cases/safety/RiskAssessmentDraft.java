package kz.tendik.cases.safety;

import java.util.Map;

/**
 * A risk assessment as sent: the instrument (the latest version of the shipped checklist when left out), an answer
 * per question code ({@code YES}, {@code NO}, {@code NOT_KNOWN}) and, optionally, a professional's higher level with
 * the reason. Codes travel as text so that an unknown one is named with every other problem.
 */
public record RiskAssessmentDraft(String instrumentCode, Integer instrumentVersion, Map<String, String> answers,
                                  String professionalLevel, String professionalReason) {
}
