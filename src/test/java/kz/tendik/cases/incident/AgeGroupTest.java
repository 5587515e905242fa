package kz.tendik.cases.incident;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgeGroupTest {

    @ParameterizedTest
    @CsvSource({"0, AGE_0_11", "11, AGE_0_11", "12, AGE_12_17", "17, AGE_12_17", "18, AGE_18_25", "25, AGE_18_25",
            "26, AGE_26_40", "40, AGE_26_40", "41, AGE_41_60", "60, AGE_41_60", "61, AGE_61_PLUS", "104, AGE_61_PLUS"})
    void eachAgeFallsIntoItsGbvimsGroup(int age, AgeGroup group) {
        assertThat(AgeGroup.of(age)).isEqualTo(group);
    }

    @Test
    void anUnknownAgeIsTheUnknownGroup() {
        assertThat(AgeGroup.of(null)).isEqualTo(AgeGroup.UNKNOWN);
    }

    @Test
    void aNegativeAgeIsRefused() {
        assertThatThrownBy(() -> AgeGroup.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyTheFirstTwoGroupsAreChildren() {
        assertThat(AgeGroup.AGE_12_17.isChild()).isTrue();
        assertThat(AgeGroup.AGE_18_25.isChild()).isFalse();
        assertThat(AgeGroup.UNKNOWN.isChild()).isFalse();
    }
}
