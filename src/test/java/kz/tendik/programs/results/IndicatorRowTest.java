package kz.tendik.programs.results;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** One group's indicators computed by hand. */
class IndicatorRowTest {

    private static EnrolmentFact fact(long id, boolean completed, int present, int counted, Double before, Double after,
                                      Integer bandBefore, Integer bandAfter, Boolean businessStarted) {
        return new EnrolmentFact(id, completed, 7, "Cohort", LocalDate.of(2026, 3, 1), "KZ-75", 3, "Бағдарлама",
                "Программа", "Programme", 30, present, counted, before, after, bandBefore, bandAfter, businessStarted);
    }

    /**
     * A cohort of five sessions and three women:
     * A completed, present at 3, excused from 1 (counted 5 - 1 = 4), scale 20 → 26, band 0 → 1, started a business;
     * B did not complete, present at 1, no excuse (counted 5), scale 24 → 23, band 1 → 1, no business;
     * C completed, present at 5 (counted 5), no second survey, no outcome recorded.
     * Completion 2/3; attendance (3 + 1 + 5)/(4 + 5 + 5) = 9/14 = 0.642857…; paired 2; mean change
     * ((26 - 20) + (23 - 24))/2 = 2.5; moved up a band 1 of 2 = 0.5; followed up 2, businesses started 1.
     */
    @Test
    void aWorkedExample() {
        IndicatorRow row = ProgrammeIndicators.row("cohort", "7", "Cohort", List.of(
                fact(1, true, 3, 4, 20.0, 26.0, 0, 1, true),
                fact(2, false, 1, 5, 24.0, 23.0, 1, 1, false),
                fact(3, true, 5, 5, 22.0, null, 1, null, null)));

        assertThat(row.enrolled()).isEqualTo(3);
        assertThat(row.completed()).isEqualTo(2);
        assertThat(row.completionRate()).isCloseTo(2.0 / 3.0, within(1e-12));
        assertThat(row.attendanceRate()).isCloseTo(9.0 / 14.0, within(1e-12));
        assertThat(row.paired()).isEqualTo(2);
        assertThat(row.meanScoreChange()).isCloseTo(2.5, within(1e-12));
        assertThat(row.shareMoreEquitable()).isCloseTo(0.5, within(1e-12));
        assertThat(row.followedUp()).isEqualTo(2);
        assertThat(row.businessesStarted()).isEqualTo(1);
    }

    @Test
    void withoutSessionsToCountOrPairsTheRatesAreMissing() {
        IndicatorRow row = ProgrammeIndicators.row("cohort", "7", "Cohort",
                List.of(fact(1, false, 0, 0, null, null, null, null, null)));
        assertThat(row.attendanceRate()).isNull();
        assertThat(row.meanScoreChange()).isNull();
        assertThat(row.shareMoreEquitable()).isNull();
        assertThat(row.completionRate()).isEqualTo(0.0);
    }
}
