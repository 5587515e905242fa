package kz.tendik.cases.measure;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import kz.tendik.shared.web.UserInputException.FieldProblem;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import static kz.tendik.cases.measure.SpecialCondition.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class MeasureValidationTest {

    private static final LocalDateTime START = LocalDateTime.of(2026, 11, 2, 10, 0);
    private final MeasureValidation validation = new MeasureValidation(MeasureSettings.defaults());

    private List<Tuple> problems(MeasureDraft draft) {
        return validation.problems(draft).stream().map(p -> tuple(p.field(), p.messageKey())).toList();
    }

    private static MeasureDraft requirements(LocalDateTime end, Set<SpecialCondition> conditions, Integer reports) {
        return new MeasureDraft(MeasureType.SPECIAL_REQUIREMENTS, START, end, conditions, reports);
    }

    @Test
    void aProtectiveOrderNeedsOnlyItsServiceTime() {
        assertThat(problems(new MeasureDraft(MeasureType.PROTECTIVE_ORDER, START, null, null, null))).isEmpty();
    }

    @Test
    void aMissingTypeAndStartAreBothNamed() {
        assertThat(problems(new MeasureDraft(null, null, null, null, null)))
                .containsExactly(tuple("type", "validation.required"), tuple("startsAt", "validation.required"));
    }

    @Test
    void aProtectiveOrdersEndIsComputedNotEntered() {
        List<FieldProblem> problems = validation.problems(
                new MeasureDraft(MeasureType.PROTECTIVE_ORDER, START, START.plusDays(10), null, null));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("endsAt");
            assertThat(p.messageKey()).isEqualTo("cases.measure.endIsComputed");
            assertThat(p.arguments()).containsExactly(30L);
        });
    }

    @Test
    void specialRequirementsOfThreeToTwelveMonthsWithConditionsAreAccepted() {
        assertThat(problems(requirements(START.plusMonths(3), Set.of(NO_CONTACT), null))).isEmpty();
        assertThat(problems(requirements(START.plusMonths(12), Set.of(NO_FIREARMS, NO_ALCOHOL_OR_DRUGS), null))).isEmpty();
        assertThat(problems(requirements(START.plusMonths(6), Set.of(REPORT_TO_POLICE), 4))).isEmpty();
    }

    @Test
    void specialRequirementsOutsideThreeToTwelveMonthsAreRefusedWithTheLimits() {
        for (LocalDateTime end : List.of(START.plusMonths(3).minusMinutes(1), START.plusMonths(12).plusDays(1))) {
            List<FieldProblem> problems = validation.problems(requirements(end, Set.of(NO_CONTACT), null));
            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("endsAt");
                assertThat(p.messageKey()).isEqualTo("cases.measure.specialRequirementsTerm");
                assertThat(p.arguments()).containsExactly(3L, 12L);
            });
        }
    }

    @Test
    void specialRequirementsNeedAnEnd() {
        assertThat(problems(requirements(null, Set.of(NO_CONTACT), null))).containsExactly(tuple("endsAt", "validation.required"));
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        assertThat(problems(requirements(START.minusDays(1), Set.of(NO_CONTACT), null)))
                .containsExactly(tuple("endsAt", "cases.measure.endBeforeStart"));
        assertThat(problems(new MeasureDraft(MeasureType.ADMINISTRATIVE_DETENTION, START, START, null, null)))
                .containsExactly(tuple("endsAt", "cases.measure.endBeforeStart"));
    }

    @Test
    void specialRequirementsWithoutConditionsAreRefused() {
        assertThat(problems(requirements(START.plusMonths(6), Set.of(), null)))
                .containsExactly(tuple("conditions", "cases.measure.conditionsRequired"));
        assertThat(problems(requirements(START.plusMonths(6), null, null)))
                .containsExactly(tuple("conditions", "cases.measure.conditionsRequired"));
    }

    @Test
    void reportingToThePoliceNeedsOneToFourTimesAMonth() {
        assertThat(problems(requirements(START.plusMonths(6), Set.of(REPORT_TO_POLICE), null)))
                .containsExactly(tuple("policeReportsPerMonth", "cases.measure.policeReportsRange"));
        assertThat(problems(requirements(START.plusMonths(6), Set.of(REPORT_TO_POLICE), 0)))
                .containsExactly(tuple("policeReportsPerMonth", "cases.measure.policeReportsRange"));
        assertThat(problems(requirements(START.plusMonths(6), Set.of(REPORT_TO_POLICE), 5)))
                .containsExactly(tuple("policeReportsPerMonth", "cases.measure.policeReportsRange"));
        assertThat(problems(requirements(START.plusMonths(6), Set.of(REPORT_TO_POLICE), 1))).isEmpty();
    }

    @Test
    void aNumberOfReportsWithoutThatConditionIsRefused() {
        assertThat(problems(requirements(START.plusMonths(6), Set.of(NO_CONTACT), 2)))
                .containsExactly(tuple("policeReportsPerMonth", "cases.measure.policeReportsWithoutCondition"));
    }

    @Test
    void conditionsBelongOnlyToTheCourtsSpecialRequirements() {
        assertThat(problems(new MeasureDraft(MeasureType.PROTECTIVE_ORDER, START, null, Set.of(NO_CONTACT), 2)))
                .containsExactly(tuple("conditions", "cases.measure.conditionsOnlyForCourt"),
                        tuple("policeReportsPerMonth", "cases.measure.conditionsOnlyForCourt"));
    }

    @Test
    void aDetentionLongerThanTheMaximumIsRefused() {
        assertThat(problems(new MeasureDraft(MeasureType.ADMINISTRATIVE_DETENTION, START, START.plusHours(24), null, null))).isEmpty();
        List<FieldProblem> problems = validation.problems(
                new MeasureDraft(MeasureType.ADMINISTRATIVE_DETENTION, START, START.plusHours(25), null, null));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("cases.measure.detentionTooLong");
            assertThat(p.arguments()).containsExactly(24L);
        });
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        assertThat(problems(new MeasureDraft(MeasureType.SPECIAL_REQUIREMENTS, START, START.plusMonths(13), Set.of(), 3)))
                .containsExactly(tuple("endsAt", "cases.measure.specialRequirementsTerm"),
                        tuple("conditions", "cases.measure.conditionsRequired"),
                        tuple("policeReportsPerMonth", "cases.measure.policeReportsWithoutCondition"));
    }
}
