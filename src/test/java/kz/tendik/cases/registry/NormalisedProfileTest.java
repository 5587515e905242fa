package kz.tendik.cases.registry;

import java.time.LocalDate;
import java.util.List;

import kz.tendik.cases.survivor.DisplacementStatus;
import kz.tendik.cases.survivor.MaritalStatus;
import kz.tendik.cases.survivor.Sex;
import kz.tendik.cases.survivor.SurvivorProfile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What is stored is what was meant: the new statuses kept as given, a described disability is a "yes". */
class NormalisedProfileTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static SurvivorProfile profile(Boolean hasDisability, String description) {
        return new SurvivorProfile(" Жанар Әлиева ", null, " ", null, 30, null, Sex.FEMALE, MaritalStatus.WIDOWED,
                DisplacementStatus.INTERNAL_MIGRANT, List.of("KK"), hasDisability, description, null, null, List.of(),
                null, null);
    }

    @Test
    void theStatusesAreKeptAsGiven() {
        SurvivorProfile stored = SurvivorRegistry.normalised(profile(false, null), TODAY);

        assertThat(stored.maritalStatus()).isEqualTo(MaritalStatus.WIDOWED);
        assertThat(stored.displacementStatus()).isEqualTo(DisplacementStatus.INTERNAL_MIGRANT);
        assertThat(stored.hasDisability()).isFalse();
        assertThat(stored.fullName()).isEqualTo("Жанар Әлиева");
        assertThat(stored.ageRecordedOn()).isEqualTo(TODAY);
    }

    @Test
    void aDisabilityDescribedWithoutAnAnswerIsAYesAndABlankDescriptionIsNone() {
        assertThat(SurvivorRegistry.normalised(profile(null, " Есту қабілеті нашар "), TODAY))
                .extracting(SurvivorProfile::hasDisability, SurvivorProfile::disability)
                .containsExactly(true, "Есту қабілеті нашар");
        assertThat(SurvivorRegistry.normalised(profile(null, " "), TODAY))
                .extracting(SurvivorProfile::hasDisability, SurvivorProfile::disability)
                .containsExactly(null, null);
        assertThat(SurvivorRegistry.normalised(profile(true, ""), TODAY))
                .extracting(SurvivorProfile::hasDisability, SurvivorProfile::disability)
                .containsExactly(true, null);
    }
}
