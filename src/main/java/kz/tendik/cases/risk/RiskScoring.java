package kz.tendik.cases.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import kz.tendik.shared.web.UserInputException;
import kz.tendik.shared.web.UserInputException.FieldProblem;

/**
 * Scores answers with an instrument: the score is the sum of the weights of the "yes" answers, the instrument's
 * thresholds turn it into a level, and a professional may raise (never lower) that level, giving a reason.
 * Every question must be answered ("not known" is an answer).
 */
public final class RiskScoring {

    /** Field of a professional's level; its reason is {@link #REASON}. Answers are {@code answers[code]}. */
    public static final String PROFESSIONAL_LEVEL = "professionalLevel";
    public static final String REASON = "professionalReason";
    public static final int MAX_REASON_LENGTH = 2000;

    private RiskScoring() {
    }

    /** Every problem with the answers and the professional's judgement, each naming its field; empty when none. */
    public static List<FieldProblem> problems(RiskInstrument instrument, Map<String, RiskAnswer> answers,
                                              RiskLevel professionalLevel, String reason) {
        List<FieldProblem> problems = new ArrayList<>();
        for (RiskQuestion question : instrument.questions()) {
            if (answers == null || answers.get(question.code()) == null) {
                problems.add(new FieldProblem(answerField(question.code()), "validation.required"));
            }
        }
        if (answers != null) {
            answers.keySet().stream().filter(code -> instrument.question(code).isEmpty()).sorted()
                    .forEach(code -> problems.add(new FieldProblem(answerField(code), "cases.risk.unknownQuestion")));
        }
        if (professionalLevel != null && problems.isEmpty()) {
            RiskLevel scored = instrument.levelFor(score(instrument, answers));
            if (scored.isAbove(professionalLevel)) {
                problems.add(new FieldProblem(PROFESSIONAL_LEVEL, "cases.risk.cannotLower"));
            } else if (professionalLevel.isAbove(scored) && (reason == null || reason.isBlank())) {
                problems.add(new FieldProblem(REASON, "cases.risk.reasonRequired"));
            }
        }
        if (reason != null && reason.length() > MAX_REASON_LENGTH) {
            problems.add(new FieldProblem(REASON, "validation.tooLong"));
        }
        return problems;
    }

    /**
     * The result, or {@link UserInputException} with every problem. {@code professionalLevel} may be {@code null}
     * (the score decides); the reason is kept only when the level was raised.
     */
    public static RiskAssessmentResult assess(RiskInstrument instrument, Map<String, RiskAnswer> answers,
                                              RiskLevel professionalLevel, String reason) {
        List<FieldProblem> problems = problems(instrument, answers, professionalLevel, reason);
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
        int score = score(instrument, answers);
        RiskLevel scored = instrument.levelFor(score);
        boolean raised = professionalLevel != null && professionalLevel.isAbove(scored);
        return new RiskAssessmentResult(instrument.code(), instrument.version(), answers, score, scored,
                raised ? professionalLevel : scored, raised ? reason.strip() : null);
    }

    /** The sum of the weights of the questions answered "yes". */
    public static int score(RiskInstrument instrument, Map<String, RiskAnswer> answers) {
        return instrument.questions().stream()
                .filter(question -> answers.get(question.code()) == RiskAnswer.YES)
                .mapToInt(RiskQuestion::weight).sum();
    }

    public static String answerField(String questionCode) {
        return "answers[" + questionCode + "]";
    }
}
