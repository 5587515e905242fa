package kz.tendik.indicators;

import java.util.EnumMap;
import java.util.Map;

import kz.tendik.indicators.GlobalGenderGapIndex.Indicator;
import kz.tendik.indicators.GlobalGenderGapIndex.SubIndex;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class GlobalGenderGapIndexTest {

    @Test
    void theWeightsOfEachSubIndexSumToOneUpToTheirPublishedRounding() {
        // WEF prints the weights to 3 decimals (education sums to 1.001); the engine divides by the sum used
        for (SubIndex subIndex : SubIndex.values()) {
            assertThat(Indicator.of(subIndex).stream().mapToDouble(Indicator::weight).sum()).as(subIndex.name())
                    .isCloseTo(1.0, within(0.0011));
        }
        Map<Indicator, Double> ratios = allAt(0.7);
        assertThat(GlobalGenderGapIndex.subIndex(SubIndex.EDUCATIONAL_ATTAINMENT, new GlobalGenderGapIndex.Inputs(ratios))
                .orElseThrow()).isCloseTo(0.7, within(1e-12));
    }

    @Test
    void ratiosAreTruncatedAtTheirEqualityBenchmark() {
        Map<Indicator, Double> ratios = allAt(1.5);
        GlobalGenderGapIndex.Result result = GlobalGenderGapIndex.compute(new GlobalGenderGapIndex.Inputs(ratios)).orElseThrow();

        assertThat(result.scores().get(Indicator.LITERACY_RATE)).isEqualTo(1.0);
        assertThat(result.scores().get(Indicator.SEX_RATIO_AT_BIRTH)).isEqualTo(0.944);
        assertThat(result.scores().get(Indicator.HEALTHY_LIFE_EXPECTANCY)).isEqualTo(1.06);
        assertThat(result.subIndices().get(SubIndex.HEALTH_AND_SURVIVAL)).isCloseTo(0.693 * 0.944 + 0.307 * 1.06, within(1e-12));
        assertThat(result.overall()).isCloseTo((1 + 1 + 0.693 * 0.944 + 0.307 * 1.06 + 1) / 4, within(1e-12));
    }

    @Test
    void theWeightsOfMissingIndicatorsAreRescaledWithinTheirSubIndex() {
        Map<Indicator, Double> ratios = allAt(0.5);
        ratios.remove(Indicator.PRIMARY_ENROLMENT);
        ratios.put(Indicator.LITERACY_RATE, 1.0);
        GlobalGenderGapIndex.Result result = GlobalGenderGapIndex.compute(new GlobalGenderGapIndex.Inputs(ratios)).orElseThrow();

        double expected = (0.191 * 1.0 + 0.230 * 0.5 + 0.121 * 0.5) / (0.191 + 0.230 + 0.121);
        assertThat(result.subIndices().get(SubIndex.EDUCATIONAL_ATTAINMENT)).isCloseTo(expected, within(1e-12));
        assertThat(result.missing()).containsExactly(Indicator.PRIMARY_ENROLMENT);
        assertThat(result.subIndices().get(SubIndex.POLITICAL_EMPOWERMENT)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void aSubIndexWithoutAnyIndicatorIsNotComputableNamingThem() {
        Map<Indicator, Double> ratios = allAt(0.8);
        ratios.remove(Indicator.SEX_RATIO_AT_BIRTH);
        ratios.remove(Indicator.HEALTHY_LIFE_EXPECTANCY);

        Outcome<GlobalGenderGapIndex.Result> outcome = GlobalGenderGapIndex.compute(new GlobalGenderGapIndex.Inputs(ratios));

        assertThat(((Outcome.NotComputable<?>) outcome).missing())
                .containsExactly("SEX_RATIO_AT_BIRTH", "HEALTHY_LIFE_EXPECTANCY");
        assertThat(outcome.method().toString()).isEqualTo("wef-gggi@gggr-2018");
    }

    @Test
    void theWageEqualitySurveyAnswerIsDividedBySeven() {
        assertThat(GlobalGenderGapIndex.wageEqualityScore(5.047)).isCloseTo(0.721, within(0.0001));
        assertThatThrownBy(() -> GlobalGenderGapIndex.wageEqualityScore(8)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theOverallIndexNeedsAllFourSubIndices() {
        assertThatThrownBy(() -> GlobalGenderGapIndex.overall(Map.of(SubIndex.HEALTH_AND_SURVIVAL, 0.97)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void negativeRatiosAreRefused() {
        assertThatThrownBy(() -> new GlobalGenderGapIndex.Inputs(Map.of(Indicator.WOMEN_MINISTERS, -0.1)))
                .hasMessageContaining("WOMEN_MINISTERS");
    }

    private static Map<Indicator, Double> allAt(double ratio) {
        Map<Indicator, Double> ratios = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            ratios.put(indicator, ratio);
        }
        return ratios;
    }
}
