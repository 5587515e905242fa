package kz.tendik.cases.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kz.tendik.cases.casefile.CaseFacts;
import kz.tendik.cases.casefile.CaseStage;
import kz.tendik.shared.web.UserInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CasePlanValidationTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-01");
    private static final Instant ASSESSED = Instant.parse("2026-11-20T06:00:00Z");

    private static CasePlanDraft plan(Boolean agreed, List<CasePlanDraft.Item> services) {
        return new CasePlanDraft(0, "Жильё и работа", "2026-11-30", "2027-01-15", agreed,
                Boolean.TRUE.equals(agreed) ? "2026-11-30" : null, services);
    }

    private static final List<CasePlanDraft.Item> TWO = List.of(
            new CasePlanDraft.Item("PSYCHOLOGICAL", "CENTRE", "2026-12-10"),
            new CasePlanDraft.Item("LEGAL", "REFERRAL", "2026-11-01"));

    /** The stage of an assessed case once this plan is stored (what CasePlans writes to case_plan_recorded). */
    private static CaseStage stageAfter(CasePlanDraft draft) {
        boolean recorded = CasePlanValidation.check(draft, TODAY).recorded();
        return new CaseFacts(true, recorded, 0, 0, 0, ASSESSED, null, null).stage();
    }

    @Test
    void aPlanTheSurvivorAgreedToWithAServiceMovesTheCaseToTheCasePlanStage() {
        assertThat(stageAfter(plan(true, TWO))).isEqualTo(CaseStage.CASE_PLAN);
    }

    @Test
    void aPlanNotYetAgreedLeavesTheCaseInAssessment() {
        assertThat(stageAfter(plan(false, TWO))).isEqualTo(CaseStage.ASSESSMENT);
        assertThat(stageAfter(plan(null, List.of()))).isEqualTo(CaseStage.ASSESSMENT);
    }

    @Test
    void aPastTargetDateIsAllowedButAReviewBeforeThePlanIsNot() {
        assertThat(CasePlanValidation.check(plan(true, TWO), TODAY).services()).hasSize(2);
        CasePlanDraft early = new CasePlanDraft(0, "x", "2026-11-30", "2026-11-29", false, null, TWO);
        assertThat(fields(early)).containsExactly("nextReviewOn");
    }

    @Test
    void everyMistakeIsNamedAtOnceServicesByTheirPosition() {
        CasePlanDraft bad = new CasePlanDraft(null, "  ", "2026-12-02", "later", true, null, List.of(
                new CasePlanDraft.Item("MASSAGE", "CENTRE", "2026-12-10"),
                new CasePlanDraft.Item("LEGAL", null, "soon")));
        assertThat(fields(bad)).containsExactlyInAnyOrder("version", "goals", "plannedOn", "nextReviewOn",
                "services[0].purpose", "services[1].providedBy", "services[1].targetOn", "agreedOn");
    }

    @Test
    void theSurvivorCannotAgreeToAPlanWithoutServices() {
        assertThat(fields(plan(true, List.of()))).containsExactly("services");
    }

    private static List<String> fields(CasePlanDraft draft) {
        UserInputException e = catchThrowableOfType(UserInputException.class,
                () -> CasePlanValidation.check(draft, TODAY));
        assertThat(e).isNotNull();
        return e.problems().stream().map(UserInputException.FieldProblem::field).toList();
    }
}
