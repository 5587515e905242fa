package kz.tendik.cases.casefile;

import kz.tendik.shared.web.UserInputException.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ClosureChecklistTest {

    @Test
    void aCompleteChecklistWithApprovalAllowsClosure() {
        ClosureChecklist checklist = new ClosureChecklist(true, true, true, ClosureReason.NEEDS_MET, true);
        assertThat(checklist.missing()).isEmpty();
        assertThat(checklist.allowsClosure()).isTrue();
    }

    @Test
    void closingWithoutSupervisorApprovalIsRefused() {
        ClosureChecklist checklist = new ClosureChecklist(true, true, true, ClosureReason.SURVIVOR_REQUEST, false);
        assertThat(checklist.missingBeforeRequest()).isEmpty();
        assertThat(checklist.missing()).containsExactly(ClosureItem.SUPERVISOR_APPROVAL);
        assertThat(checklist.allowsClosure()).isFalse();
    }

    @Test
    void everyMissingItemIsNamedInChecklistOrder() {
        ClosureChecklist empty = new ClosureChecklist(false, false, false, null, false);
        assertThat(empty.missing()).containsExactly(ClosureItem.SAFETY_ADDRESSED, ClosureItem.SERVICES_DONE_OR_DECLINED,
                ClosureItem.SURVIVOR_WISH_RECORDED, ClosureItem.REASON, ClosureItem.SUPERVISOR_APPROVAL);
        assertThat(empty.missingBeforeRequest()).doesNotContain(ClosureItem.SUPERVISOR_APPROVAL).hasSize(4);
    }

    @Test
    void aCaseCannotCloseWhileSafetyIsNotAddressed() {
        assertThat(new ClosureChecklist(false, true, true, ClosureReason.NEEDS_MET, true).missing())
                .containsExactly(ClosureItem.SAFETY_ADDRESSED);
    }

    @Test
    void missingItemsBecomeFieldProblems() {
        assertThat(ClosureChecklist.problems(new ClosureChecklist(true, true, false, null, true).missing()))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("survivorWish", "cases.closure.missing.SURVIVOR_WISH_RECORDED"),
                        tuple("reason", "cases.closure.missing.REASON"));
    }
}
