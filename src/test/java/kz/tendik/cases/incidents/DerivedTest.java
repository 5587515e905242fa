package kz.tendik.cases.incidents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import kz.tendik.cases.incident.AbductionType;
import kz.tendik.cases.incident.AgeGroup;
import kz.tendik.cases.incident.CaseContextFlag;
import kz.tendik.cases.incident.GbvType;
import kz.tendik.cases.incident.HarmfulTraditionalPractice;
import kz.tendik.cases.incident.LocationType;
import kz.tendik.cases.incident.Relationship;
import kz.tendik.cases.incident.ReportedElsewhere;
import kz.tendik.cases.incident.ReportingDelay;
import kz.tendik.cases.incident.TimeOfDay;
import kz.tendik.cases.survivor.Sex;
import kz.tendik.cases.survivor.SurvivorProfile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The facts derived from an incident and the survivor, and what a new derivation changes on a stored incident. */
class DerivedTest {

    private static final LocalDate INCIDENT = LocalDate.of(2026, 1, 10);

    private static SurvivorProfile born(LocalDate dateOfBirth, Integer age, LocalDate ageRecordedOn, Sex sex) {
        return new SurvivorProfile("Әйгерім Сапарова", null, null, dateOfBirth, age, ageRecordedOn, sex, null, null,
                List.of("kk"), null, null, null, null, List.of(), null, null);
    }

    private static IncidentInput forcedMarriage() {
        return new IncidentInput(INCIDENT, INCIDENT.plusDays(2), TimeOfDay.MORNING, "KZ-71", null,
                LocationType.SHARED_HOME, Map.of(GbvType.FORCED_MARRIAGE, true), GbvType.FORCED_MARRIAGE,
                HarmfulTraditionalPractice.NO, false, AbductionType.NONE, ReportedElsewhere.NO, null, null, null, null,
                List.of(new IncidentInput.Perpetrator(true, Relationship.OTHER_RELATIVE, Sex.MALE, AgeGroup.AGE_41_60,
                        PerpetratorOccupation.UNKNOWN, null, null, null)));
    }

    @Test
    void theAgeGroupAndTheChildContextFollowTheAgeAtTheIncidentDate() {
        Derived child = Derived.of(born(LocalDate.of(2008, 1, 11), null, null, Sex.FEMALE), forcedMarriage());
        assertThat(child.survivorAgeGroup()).isEqualTo(AgeGroup.AGE_12_17);
        assertThat(child.flags()).contains(CaseContextFlag.EARLY_MARRIAGE);
        // a day older: eighteen on the incident's date
        Derived adult = Derived.of(born(LocalDate.of(2008, 1, 10), null, null, Sex.FEMALE), forcedMarriage());
        assertThat(adult.survivorAgeGroup()).isEqualTo(AgeGroup.AGE_18_25);
        assertThat(adult.flags()).doesNotContain(CaseContextFlag.EARLY_MARRIAGE);
        assertThat(adult.delay()).isEqualTo(ReportingDelay.DAYS_0_3);
        assertThat(Derived.of(born(null, null, null, null), forcedMarriage()).survivorAgeGroup())
                .isEqualTo(AgeGroup.UNKNOWN);
    }

    @Test
    void anIncidentPrecedesABirthByTheDateOrByTheAgeAsOfTheDayItWasRecorded() {
        assertThat(Derived.precedesBirth(born(LocalDate.of(2026, 1, 11), null, null, null), INCIDENT)).isTrue();
        assertThat(Derived.precedesBirth(born(INCIDENT, null, null, null), INCIDENT)).isFalse();
        // aged 0 on 2026-12-01: born after 2025-12-01, so an incident two years before precedes the birth
        assertThat(Derived.precedesBirth(born(null, 0, LocalDate.of(2026, 12, 1), null), INCIDENT.minusYears(2)))
                .isTrue();
        assertThat(Derived.precedesBirth(born(null, 30, LocalDate.of(2026, 12, 1), null), INCIDENT)).isFalse();
        assertThat(Derived.precedesBirth(born(null, null, null, null), INCIDENT)).isFalse();
    }

    @Test
    void theDifferencesOfANewDerivationAreNamedInAFixedOrder() {
        IncidentInput input = forcedMarriage();
        Derived before = Derived.of(born(LocalDate.of(2010, 5, 1), null, null, Sex.FEMALE), input);
        IncidentView stored = new IncidentView(1, 1, 0, INCIDENT, INCIDENT.plusDays(2), TimeOfDay.MORNING, "KZ-71",
                null, LocationType.SHARED_HOME, input.answers(), before.type(), before.lawForm(),
                HarmfulTraditionalPractice.NO, false, AbductionType.NONE, ReportedElsewhere.NO, null, null, null,
                before.survivorAgeGroup(), before.survivorSex(), before.flags(), before.delay(), null, List.of(),
                Instant.EPOCH, Instant.EPOCH);
        assertThat(IncidentRederivation.differences(stored, before)).isEmpty();
        Derived after = Derived.of(born(LocalDate.of(1990, 5, 1), null, null, Sex.MALE), input);
        assertThat(IncidentRederivation.differences(stored, after))
                .containsExactly("INCIDENT_AGE_GROUP", "INCIDENT_SURVIVOR_SEX", "INCIDENT_CONTEXT");
    }
}
