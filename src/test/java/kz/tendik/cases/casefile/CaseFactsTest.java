package kz.tendik.cases.casefile;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseFactsTest {

    private static final Instant DAY_1 = Instant.parse("2026-11-01T06:00:00Z");
    private static final Instant DAY_2 = Instant.parse("2026-11-02T06:00:00Z");
    private static final Instant DAY_3 = Instant.parse("2026-11-03T06:00:00Z");
    private static final Instant DAY_4 = Instant.parse("2026-11-04T06:00:00Z");

    private static CaseFacts open(boolean assessment, boolean plan, int planned, int started, int settled) {
        return new CaseFacts(assessment, plan, planned, started, settled, assessment ? DAY_1 : null, null, null);
    }

    @Test
    void aCaseWithNothingRecordedIsNew() {
        assertThat(open(false, false, 0, 0, 0).stage()).isEqualTo(CaseStage.NEW);
    }

    @Test
    void anAssessmentMovesItToAssessment() {
        assertThat(open(true, false, 0, 0, 0).stage()).isEqualTo(CaseStage.ASSESSMENT);
    }

    @Test
    void aCasePlanMovesItToCasePlan() {
        assertThat(open(true, true, 3, 0, 0).stage()).isEqualTo(CaseStage.CASE_PLAN);
    }

    @Test
    void aStartedOrSettledServiceMovesItToServices() {
        assertThat(open(true, true, 3, 1, 0).stage()).isEqualTo(CaseStage.SERVICES);
        assertThat(open(true, true, 3, 0, 2).stage()).isEqualTo(CaseStage.SERVICES);
    }

    @Test
    void anEmergencyServiceBeforeAnyPlanIsStillServices() {
        assertThat(open(true, false, 0, 1, 0).stage()).isEqualTo(CaseStage.SERVICES);
    }

    @Test
    void everyPlannedServiceSettledMeansServicesImplemented() {
        assertThat(open(true, true, 3, 0, 3).stage()).isEqualTo(CaseStage.SERVICES_IMPLEMENTED);
    }

    @Test
    void anApprovedClosureClosesTheCaseWhateverElseIsRecorded() {
        assertThat(new CaseFacts(true, true, 3, 1, 1, DAY_1, DAY_2, null).stage()).isEqualTo(CaseStage.CLOSED);
    }

    @Test
    void aReopenedCaseStaysReopenedUntilSomethingNewIsRecorded() {
        assertThat(new CaseFacts(true, true, 3, 0, 3, DAY_1, DAY_2, DAY_3).stage()).isEqualTo(CaseStage.REOPENED);
        assertThat(new CaseFacts(true, true, 3, 0, 3, DAY_3, DAY_2, DAY_3).stage()).isEqualTo(CaseStage.REOPENED);
    }

    @Test
    void afterTheReopeningNewWorkMovesTheCaseOnAgain() {
        assertThat(new CaseFacts(true, true, 4, 1, 3, DAY_4, DAY_2, DAY_3).stage()).isEqualTo(CaseStage.SERVICES);
    }

    @Test
    void aReopenedCaseClosedAgainIsClosed() {
        assertThat(new CaseFacts(true, true, 3, 0, 3, DAY_3, DAY_4, DAY_2).stage()).isEqualTo(CaseStage.CLOSED);
    }

    @Test
    void onlyAClosedCaseIsNotOpen() {
        assertThat(CaseStage.CLOSED.isOpen()).isFalse();
        assertThat(CaseStage.REOPENED.isOpen()).isTrue();
    }

    @Test
    void servicesAreSettledWhenEveryPlannedOneIsDoneOrDeclined() {
        assertThat(open(true, true, 2, 0, 2).servicesSettled()).isTrue();
        assertThat(open(true, true, 2, 1, 1).servicesSettled()).isFalse();
        assertThat(open(true, false, 0, 0, 0).servicesSettled()).isTrue();
    }

    @Test
    void negativeCountsAreRefused() {
        assertThatThrownBy(() -> new CaseFacts(false, false, -1, 0, 0, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
