package kz.tendik.cases.incident;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportingDelayTest {

    @ParameterizedTest
    @CsvSource({
            "2026-03-01, 2026-03-01, DAYS_0_3",
            "2026-03-01, 2026-03-04, DAYS_0_3",
            "2026-03-01, 2026-03-05, DAYS_4_5",
            "2026-03-01, 2026-03-06, DAYS_4_5",
            "2026-03-01, 2026-03-07, DAYS_6_14",
            "2026-03-01, 2026-03-15, DAYS_6_14",
            "2026-03-01, 2026-03-16, TWO_WEEKS_TO_ONE_MONTH",
            "2026-03-01, 2026-04-01, TWO_WEEKS_TO_ONE_MONTH",
            "2026-03-01, 2026-04-02, OVER_ONE_MONTH",
            "2026-01-31, 2026-02-28, TWO_WEEKS_TO_ONE_MONTH",
            "2026-01-31, 2026-03-01, OVER_ONE_MONTH",
            "2023-01-31, 2024-02-29, OVER_ONE_MONTH",
            "2024-01-31, 2024-02-29, TWO_WEEKS_TO_ONE_MONTH"})
    void theDelayFallsIntoItsStandardBin(LocalDate incident, LocalDate report, ReportingDelay expected) {
        assertThat(ReportingDelay.between(incident, report)).isEqualTo(expected);
    }

    @Test
    void aReportBeforeTheIncidentIsRefused() {
        assertThatThrownBy(() -> ReportingDelay.between(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void threeDaysLaterIsStillWithin72Hours() {
        assertThat(ReportingDelay.within72Hours(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 4))).isTrue();
        assertThat(ReportingDelay.within72Hours(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 5))).isFalse();
    }
}
