package kz.tendik.cases.incident;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static kz.tendik.cases.incident.CaseContextFlag.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseContextTest {

    private static IncidentFacts facts(GbvType type, Integer age, List<Relationship> relationships, boolean money,
                                       AbductionType abduction, HarmfulTraditionalPractice practice) {
        return new IncidentFacts(type, age, relationships, money, abduction, practice);
    }

    private static IncidentFacts plain(GbvType type, Integer age) {
        return facts(type, age, List.of(Relationship.NEIGHBOUR_OR_FAMILY_FRIEND), false, AbductionType.NONE,
                HarmfulTraditionalPractice.NO);
    }

    @Test
    void anAdultAssaultedByANeighbourHasNoFlags() {
        assertThat(CaseContext.flags(plain(GbvType.PHYSICAL_ASSAULT, 34))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Relationship.class, names = {"SPOUSE", "FORMER_SPOUSE", "PARTNER", "FORMER_PARTNER"})
    void aCurrentOrFormerPartnerMakesItIntimatePartnerViolence(Relationship relationship) {
        assertThat(CaseContext.flags(facts(GbvType.PSYCHOLOGICAL_ABUSE, 30, List.of(relationship), false, null, null)))
                .containsExactly(INTIMATE_PARTNER_VIOLENCE);
    }

    @Test
    void anyPartnerAmongSeveralPerpetratorsIsEnough() {
        assertThat(CaseContext.flags(facts(GbvType.PHYSICAL_ASSAULT, 30,
                List.of(Relationship.PARENT_IN_LAW, Relationship.SPOUSE), false, null, null)))
                .containsExactly(INTIMATE_PARTNER_VIOLENCE);
    }

    @Test
    void inLawsAloneAreNotIntimatePartners() {
        assertThat(CaseContext.flags(facts(GbvType.PHYSICAL_ASSAULT, 30, List.of(Relationship.PARENT_IN_LAW), false,
                null, null))).isEmpty();
    }

    @Test
    void rapeOrSexualAssaultOfSomeoneUnderEighteenIsChildSexualAbuse() {
        assertThat(CaseContext.flags(plain(GbvType.RAPE, 17))).containsExactly(CHILD_SEXUAL_ABUSE);
        assertThat(CaseContext.flags(plain(GbvType.SEXUAL_ASSAULT, 9))).containsExactly(CHILD_SEXUAL_ABUSE);
        assertThat(CaseContext.flags(plain(GbvType.RAPE, 18))).isEmpty();
        assertThat(CaseContext.flags(plain(GbvType.PHYSICAL_ASSAULT, 12))).isEmpty();
    }

    @Test
    void anUnknownAgeNeverSetsAnAgeFlag() {
        assertThat(CaseContext.flags(plain(GbvType.RAPE, null))).isEmpty();
        assertThat(CaseContext.flags(plain(GbvType.FORCED_MARRIAGE, null))).isEmpty();
    }

    @Test
    void aForcedMarriageUnderEighteenIsEarlyMarriage() {
        assertThat(CaseContext.flags(plain(GbvType.FORCED_MARRIAGE, 16))).containsExactly(EARLY_MARRIAGE);
        assertThat(CaseContext.flags(plain(GbvType.FORCED_MARRIAGE, 19))).isEmpty();
    }

    @Test
    void sexualViolenceWithMoneyOrGoodsExchangedIsPossibleSexualExploitation() {
        assertThat(CaseContext.flags(facts(GbvType.RAPE, 25, List.of(), true, null, null)))
                .containsExactly(POSSIBLE_SEXUAL_EXPLOITATION);
        assertThat(CaseContext.flags(facts(GbvType.DENIAL_OF_RESOURCES, 25, List.of(), true, null, null))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = AbductionType.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void sexualViolenceWithAnAbductionIsPossibleSexualSlavery(AbductionType abduction) {
        assertThat(CaseContext.flags(facts(GbvType.SEXUAL_ASSAULT, 25, List.of(), false, abduction, null)))
                .containsExactly(POSSIBLE_SEXUAL_SLAVERY);
        assertThat(CaseContext.flags(facts(GbvType.PHYSICAL_ASSAULT, 25, List.of(), false, abduction, null))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = HarmfulTraditionalPractice.class, names = "NO", mode = EnumSource.Mode.EXCLUDE)
    void anyHarmfulTraditionalPracticeButNoFlagsTheCase(HarmfulTraditionalPractice practice) {
        assertThat(CaseContext.flags(facts(GbvType.PSYCHOLOGICAL_ABUSE, 25, List.of(), false, null, practice)))
                .containsExactly(HARMFUL_TRADITIONAL_PRACTICE);
    }

    @Test
    void severalFlagsApplyTogether() {
        assertThat(CaseContext.flags(facts(GbvType.RAPE, 15, List.of(Relationship.SPOUSE), true,
                AbductionType.OTHER_ABDUCTION_OR_KIDNAPPING, HarmfulTraditionalPractice.BRIDE_KIDNAPPING)))
                .containsExactly(INTIMATE_PARTNER_VIOLENCE, CHILD_SEXUAL_ABUSE, POSSIBLE_SEXUAL_EXPLOITATION,
                        POSSIBLE_SEXUAL_SLAVERY, HARMFUL_TRADITIONAL_PRACTICE);
    }

    @Test
    void missingOptionalFactsMeanNoneAndNo() {
        IncidentFacts facts = new IncidentFacts(GbvType.RAPE, 20, null, false, null, null);
        assertThat(facts.relationships()).isEmpty();
        assertThat(facts.abduction()).isEqualTo(AbductionType.NONE);
        assertThat(facts.harmfulPractice()).isEqualTo(HarmfulTraditionalPractice.NO);
        assertThatThrownBy(() -> new IncidentFacts(null, 20, null, false, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAgeAtTheIncidentCountsFullYears() {
        LocalDate born = LocalDate.of(2008, 6, 10);
        assertThat(IncidentFacts.ageAt(born, LocalDate.of(2026, 6, 9))).isEqualTo(17);
        assertThat(IncidentFacts.ageAt(born, LocalDate.of(2026, 6, 10))).isEqualTo(18);
        assertThat(IncidentFacts.ageAt(null, LocalDate.of(2026, 6, 10))).isNull();
        assertThatThrownBy(() -> IncidentFacts.ageAt(born, LocalDate.of(2000, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
