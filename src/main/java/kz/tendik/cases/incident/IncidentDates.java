package kz.tendik.cases.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import kz.tendik.shared.web.UserInputException.FieldProblem;

/** The dates of an incident that must make sense before the reporting delay can be computed. */
public final class IncidentDates {

    public static final String INCIDENT_DATE = "incidentDate";
    public static final String REPORT_DATE = "reportDate";

    private IncidentDates() {
    }

    /**
     * Field problems: either date missing, the incident in the future, the report (interview) before the incident
     * or in the future. {@code today} is the date in Kazakhstan's time zone.
     */
    public static List<FieldProblem> problems(LocalDate incidentDate, LocalDate reportDate, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (incidentDate == null) {
            problems.add(new FieldProblem(INCIDENT_DATE, "validation.required"));
        } else if (incidentDate.isAfter(today)) {
            problems.add(new FieldProblem(INCIDENT_DATE, "cases.incident.dateInFuture"));
        }
        if (reportDate == null) {
            problems.add(new FieldProblem(REPORT_DATE, "validation.required"));
        } else if (reportDate.isAfter(today)) {
            problems.add(new FieldProblem(REPORT_DATE, "cases.incident.dateInFuture"));
        } else if (incidentDate != null && reportDate.isBefore(incidentDate)) {
            problems.add(new FieldProblem(REPORT_DATE, "cases.incident.reportBeforeIncident"));
        }
        return problems;
    }
}
