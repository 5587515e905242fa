package kz.tendik.cases.incident;

import java.time.LocalDate;

import kz.tendik.shared.web.UserInputException.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class IncidentDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void anIncidentReportedTheSameDayIsFine() {
        assertThat(IncidentDates.problems(TODAY, TODAY, TODAY)).isEmpty();
    }

    @Test
    void bothMissingDatesAreNamedAtOnce() {
        assertThat(IncidentDates.problems(null, null, TODAY)).extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("incidentDate", "validation.required"), tuple("reportDate", "validation.required"));
    }

    @Test
    void aReportBeforeTheIncidentIsNamedOnTheReportDate() {
        assertThat(IncidentDates.problems(TODAY.minusDays(1), TODAY.minusDays(2), TODAY))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("reportDate", "cases.incident.reportBeforeIncident"));
    }

    @Test
    void datesInTheFutureAreRefused() {
        assertThat(IncidentDates.problems(TODAY.plusDays(1), TODAY.plusDays(2), TODAY))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("incidentDate", "cases.incident.dateInFuture"),
                        tuple("reportDate", "cases.incident.dateInFuture"));
    }
}
