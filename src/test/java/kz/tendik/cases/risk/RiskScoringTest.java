package kz.tendik.cases.risk;

import java.util.HashMap;
import java.util.Map;

import kz.tendik.shared.web.UserInputException;
import kz.tendik.shared.web.UserInputException.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class RiskScoringTest {

    private static final RiskInstrument CHECKLIST = new RiskInstruments().standard();

    /** The first {@code yes} questions answered "yes", the next one "not known", the rest "no". */
    private static Map<String, RiskAnswer> answers(int yes) {
        Map<String, RiskAnswer> answers = new HashMap<>();
        for (int i = 0; i < CHECKLIST.questions().size(); i++) {
            RiskAnswer answer = i < yes ? RiskAnswer.YES : i == yes ? RiskAnswer.NOT_KNOWN : RiskAnswer.NO;
            answers.put(CHECKLIST.questions().get(i).code(), answer);
        }
        return answers;
    }

    @ParameterizedTest
    @CsvSource({"0, STANDARD", "9, STANDARD", "10, MEDIUM", "13, MEDIUM", "14, HIGH", "26, HIGH"})
    void theNumberOfYesAnswersSetsTheLevel(int yes, RiskLevel level) {
        RiskAssessmentResult result = RiskScoring.assess(CHECKLIST, answers(yes), null, null);
        assertThat(result.score()).isEqualTo(yes);
        assertThat(result.scoredLevel()).isEqualTo(level);
        assertThat(result.level()).isEqualTo(level);
        assertThat(result.raisedByProfessional()).isFalse();
    }

    @Test
    void notKnownAddsNothingToTheScore() {
        Map<String, RiskAnswer> answers = answers(0);
        answers.replaceAll((code, answer) -> RiskAnswer.NOT_KNOWN);
        assertThat(RiskScoring.score(CHECKLIST, answers)).isZero();
    }

    @Test
    void weightsAreAddedUp() {
        RiskInstrument weighted = RiskInstruments.read(RiskInstrumentsTest.json(
                RiskInstrumentsTest.instrument(1, 10, 14).replace("\"code\": \"q0\", \"weight\": 1", "\"code\": \"q0\", \"weight\": 5")));
        Map<String, RiskAnswer> answers = new HashMap<>();
        weighted.questions().forEach(q -> answers.put(q.code(), RiskAnswer.NO));
        answers.put("q0", RiskAnswer.YES);
        answers.put("q1", RiskAnswer.YES);
        assertThat(RiskScoring.score(weighted, answers)).isEqualTo(6);
    }

    @Test
    void aHighLevelCallsForTheMultiAgencyGroup() {
        assertThat(RiskScoring.assess(CHECKLIST, answers(14), null, null).referralToMultiAgencyGroupDue()).isTrue();
        assertThat(RiskScoring.assess(CHECKLIST, answers(13), null, null).referralToMultiAgencyGroupDue()).isFalse();
    }

    @Test
    void aProfessionalMayRaiseTheLevelWithAReason() {
        RiskAssessmentResult result = RiskScoring.assess(CHECKLIST, answers(4), RiskLevel.HIGH,
                "  Strangled last night; the score misses how recent it is. ");
        assertThat(result.scoredLevel()).isEqualTo(RiskLevel.STANDARD);
        assertThat(result.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(result.raisedByProfessional()).isTrue();
        assertThat(result.raiseReason()).isEqualTo("Strangled last night; the score misses how recent it is.");
        assertThat(result.referralToMultiAgencyGroupDue()).isTrue();
    }

    @Test
    void raisingWithoutAReasonIsRefused() {
        assertThat(RiskScoring.problems(CHECKLIST, answers(4), RiskLevel.MEDIUM, " "))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("professionalReason", "cases.risk.reasonRequired"));
    }

    @Test
    void aProfessionalCannotLowerTheLevel() {
        assertThatThrownBy(() -> RiskScoring.assess(CHECKLIST, answers(15), RiskLevel.MEDIUM, "She seems calm"))
                .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey)
                        .containsExactly(tuple("professionalLevel", "cases.risk.cannotLower")));
    }

    @Test
    void confirmingTheScoredLevelNeedsNoReasonAndKeepsNone() {
        RiskAssessmentResult result = RiskScoring.assess(CHECKLIST, answers(11), RiskLevel.MEDIUM, "agreed");
        assertThat(result.level()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(result.raiseReason()).isNull();
    }

    @Test
    void everyUnansweredQuestionIsNamed() {
        Map<String, RiskAnswer> answers = answers(3);
        answers.remove("strangulation");
        answers.remove("stalking");
        assertThat(RiskScoring.problems(CHECKLIST, answers, null, null))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactlyInAnyOrder(tuple("answers[strangulation]", "validation.required"),
                        tuple("answers[stalking]", "validation.required"));
    }

    @Test
    void anAnswerToAQuestionTheInstrumentDoesNotHaveIsRefused() {
        Map<String, RiskAnswer> answers = answers(3);
        answers.put("shoe-size", RiskAnswer.YES);
        assertThat(RiskScoring.problems(CHECKLIST, answers, null, null))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("answers[shoe-size]", "cases.risk.unknownQuestion"));
    }

    @Test
    void noAnswersAtAllNamesEveryQuestion() {
        assertThat(RiskScoring.problems(CHECKLIST, null, RiskLevel.HIGH, null)).hasSize(CHECKLIST.questions().size());
    }

    @Test
    void anOverlongReasonIsRefused() {
        assertThat(RiskScoring.problems(CHECKLIST, answers(1), RiskLevel.HIGH, "x".repeat(RiskScoring.MAX_REASON_LENGTH + 1)))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("professionalReason", "validation.tooLong"));
    }

    @Test
    void theResultKeepsTheInstrumentVersionAndTheAnswersButShowsNeitherAnswersNorReasonInToString() {
        RiskAssessmentResult result = RiskScoring.assess(CHECKLIST, answers(2), RiskLevel.MEDIUM, "secret reason");
        assertThat(result.instrumentCode()).isEqualTo("family-risk-checklist");
        assertThat(result.instrumentVersion()).isEqualTo(1);
        assertThat(result.answers()).hasSize(CHECKLIST.questions().size());
        assertThat(result.toString()).doesNotContain("secret").doesNotContain("YES");
    }
}
