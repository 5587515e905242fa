package kz.tendik.cases.casefile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FamilyCategoryTest {

    @Test
    void crisisAndDireFamiliesNeedTheMobileGroup() {
        assertThat(FamilyCategory.D.needsMobileGroup()).isTrue();
        assertThat(FamilyCategory.E.needsMobileGroup()).isTrue();
        assertThat(FamilyCategory.C.needsMobileGroup()).isFalse();
        assertThat(FamilyCategory.A.needsMobileGroup()).isFalse();
    }

    @Test
    void enteringCrisisOrDireRestartsTheHelpPlan() {
        assertThat(FamilyCategory.D.restartsHelpPlanFrom(FamilyCategory.C)).isTrue();
        assertThat(FamilyCategory.E.restartsHelpPlanFrom(FamilyCategory.B)).isTrue();
        assertThat(FamilyCategory.E.restartsHelpPlanFrom(FamilyCategory.D)).isTrue();
        assertThat(FamilyCategory.D.restartsHelpPlanFrom(null)).isTrue();
    }

    @Test
    void stayingInOrImprovingWithinCrisisDoesNotRestartIt() {
        assertThat(FamilyCategory.D.restartsHelpPlanFrom(FamilyCategory.D)).isFalse();
        assertThat(FamilyCategory.D.restartsHelpPlanFrom(FamilyCategory.E)).isFalse();
        assertThat(FamilyCategory.C.restartsHelpPlanFrom(FamilyCategory.E)).isFalse();
        assertThat(FamilyCategory.B.restartsHelpPlanFrom(null)).isFalse();
    }
}
