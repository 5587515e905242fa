package kz.tendik.cases.measure;

import java.util.ArrayList;
import java.util.List;

import kz.tendik.shared.web.UserInputException.FieldProblem;
import org.springframework.stereotype.Component;

/** Every problem with a measure as recorded, each naming its field, so a form shows them all at once. */
@Component
public final class MeasureValidation {

    private final MeasureSettings settings;

    public MeasureValidation(MeasureSettings settings) {
        this.settings = settings;
    }

    public List<FieldProblem> problems(MeasureDraft measure) {
        List<FieldProblem> problems = new ArrayList<>();
        if (measure.type() == null) {
            problems.add(new FieldProblem(MeasureDraft.TYPE, "validation.required"));
        }
        if (measure.startsAt() == null) {
            problems.add(new FieldProblem(MeasureDraft.STARTS_AT, "validation.required"));
        }
        if (measure.type() != null) {
            end(measure, problems);
            conditions(measure, problems);
        }
        return problems;
    }

    private void end(MeasureDraft measure, List<FieldProblem> problems) {
        if (measure.type() == MeasureType.PROTECTIVE_ORDER) {
            if (measure.endsAt() != null) {
                problems.add(new FieldProblem(MeasureDraft.ENDS_AT, "cases.measure.endIsComputed",
                        settings.protectiveOrder().toDays()));
            }
            return;
        }
        if (measure.endsAt() == null) {
            if (measure.type() == MeasureType.SPECIAL_REQUIREMENTS) {
                problems.add(new FieldProblem(MeasureDraft.ENDS_AT, "validation.required"));
            }
            return;
        }
        if (measure.startsAt() == null) {
            return;
        }
        if (!measure.endsAt().isAfter(measure.startsAt())) {
            problems.add(new FieldProblem(MeasureDraft.ENDS_AT, "cases.measure.endBeforeStart"));
        } else if (measure.type() == MeasureType.SPECIAL_REQUIREMENTS && outsideCourtTerm(measure)) {
            problems.add(new FieldProblem(MeasureDraft.ENDS_AT, "cases.measure.specialRequirementsTerm",
                    settings.specialRequirementsMinimum().toTotalMonths(),
                    settings.specialRequirementsMaximum().toTotalMonths()));
        } else if (measure.type() == MeasureType.ADMINISTRATIVE_DETENTION
                && measure.endsAt().isAfter(measure.startsAt().plus(settings.administrativeDetention()))) {
            problems.add(new FieldProblem(MeasureDraft.ENDS_AT, "cases.measure.detentionTooLong",
                    settings.administrativeDetention().toHours()));
        }
    }

    private boolean outsideCourtTerm(MeasureDraft measure) {
        return measure.endsAt().isBefore(measure.startsAt().plus(settings.specialRequirementsMinimum()))
                || measure.endsAt().isAfter(measure.startsAt().plus(settings.specialRequirementsMaximum()));
    }

    private void conditions(MeasureDraft measure, List<FieldProblem> problems) {
        if (!measure.type().hasChosenConditions()) {
            if (!measure.conditions().isEmpty()) {
                problems.add(new FieldProblem(MeasureDraft.CONDITIONS, "cases.measure.conditionsOnlyForCourt"));
            }
            if (measure.policeReportsPerMonth() != null) {
                problems.add(new FieldProblem(MeasureDraft.POLICE_REPORTS, "cases.measure.conditionsOnlyForCourt"));
            }
            return;
        }
        if (measure.conditions().isEmpty()) {
            problems.add(new FieldProblem(MeasureDraft.CONDITIONS, "cases.measure.conditionsRequired"));
        }
        Integer reports = measure.policeReportsPerMonth();
        if (measure.conditions().contains(SpecialCondition.REPORT_TO_POLICE)) {
            if (reports == null || reports < settings.policeReportsMinimum() || reports > settings.policeReportsMaximum()) {
                problems.add(new FieldProblem(MeasureDraft.POLICE_REPORTS, "cases.measure.policeReportsRange",
                        settings.policeReportsMinimum(), settings.policeReportsMaximum()));
            }
        } else if (reports != null) {
            problems.add(new FieldProblem(MeasureDraft.POLICE_REPORTS, "cases.measure.policeReportsWithoutCondition"));
        }
    }
}
