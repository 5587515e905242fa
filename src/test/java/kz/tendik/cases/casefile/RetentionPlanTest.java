package kz.tendik.cases.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetentionPlanTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final RetentionPlan PLAN = new RetentionPlan(Period.ofYears(2), Period.ofYears(5));
    // 22:30 UTC on 31 Dec 2023 is already 1 January 2024 in Almaty (UTC+5)
    private static final Instant CLOSED = Instant.parse("2023-12-31T22:30:00Z");

    private static RetentionPlan.Facts closed(boolean hold, boolean textPurged) {
        return new RetentionPlan.Facts(CLOSED, null, hold, textPurged);
    }

    private static Instant day(String date) {
        return LocalDate.parse(date).atTime(9, 0).atZone(ALMATY).toInstant();
    }

    @Test
    void theDatesCountFromTheClosureDayInTheCentresZone() {
        assertThat(PLAN.textDueOn(CLOSED, ALMATY)).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(PLAN.recordDueOn(CLOSED, ALMATY)).isEqualTo(LocalDate.of(2029, 1, 1));
    }

    @Test
    void nothingBeforeTheTextPeriodThenTheTextThenTheRecord() {
        assertThat(PLAN.due(closed(false, false), day("2025-12-31"), ALMATY)).isEqualTo(RetentionStep.NONE);
        assertThat(PLAN.due(closed(false, false), day("2026-01-01"), ALMATY)).isEqualTo(RetentionStep.TEXT);
        assertThat(PLAN.due(closed(false, true), day("2027-06-01"), ALMATY)).isEqualTo(RetentionStep.NONE);
        assertThat(PLAN.due(closed(false, true), day("2029-01-01"), ALMATY)).isEqualTo(RetentionStep.RECORD);
        assertThat(PLAN.due(closed(false, false), day("2030-01-01"), ALMATY)).isEqualTo(RetentionStep.RECORD);
    }

    @Test
    void aLegalHoldStopsEveryPurge() {
        assertThat(PLAN.due(closed(true, false), day("2026-01-01"), ALMATY)).isEqualTo(RetentionStep.NONE);
        assertThat(PLAN.due(closed(true, true), day("2040-01-01"), ALMATY)).isEqualTo(RetentionStep.NONE);
    }

    @Test
    void anOpenOrReopenedCaseIsNeverPurged() {
        assertThat(PLAN.due(new RetentionPlan.Facts(null, null, false, false), day("2040-01-01"), ALMATY))
                .isEqualTo(RetentionStep.NONE);
        RetentionPlan.Facts reopened = new RetentionPlan.Facts(CLOSED, CLOSED.plusSeconds(60), false, false);
        assertThat(reopened.closed()).isFalse();
        assertThat(PLAN.due(reopened, day("2040-01-01"), ALMATY)).isEqualTo(RetentionStep.NONE);
        RetentionPlan.Facts closedAgain = new RetentionPlan.Facts(CLOSED.plusSeconds(120), CLOSED.plusSeconds(60), false, false);
        assertThat(PLAN.due(closedAgain, day("2026-01-01"), ALMATY)).isEqualTo(RetentionStep.TEXT);
    }

    @Test
    void periodsMustBePositiveAndTheRecordNotBeforeTheText() {
        assertThatThrownBy(() -> new RetentionPlan(Period.ZERO, Period.ofYears(5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetentionPlan(Period.ofYears(2), Period.ofMonths(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetentionPlan(Period.ofYears(3), Period.ofMonths(30)))
                .hasMessageContaining("record cannot be purged before its text");
        assertThat(new RetentionPlan(Period.ofYears(2), Period.ofMonths(24)).recordAfter()).isEqualTo(Period.ofMonths(24));
    }
}
