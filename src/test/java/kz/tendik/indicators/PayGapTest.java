package kz.tendik.indicators;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PayGapTest {

    private static final String SERIES = "BNS, average monthly nominal wage, tenge";

    @Test
    void kazakhstan2023WomenEarn743PercentOfMenAGapOf257() {
        PayGap.Result r = PayGap.compute(new PayGap.Inputs(PayGap.Statistic.MEAN, 311_217.0, 418_788.0, "2023", SERIES))
                .orElseThrow();

        assertThat(r.womenAsPercentOfMen()).isCloseTo(74.3, within(0.05));
        assertThat(r.gapPercent()).isCloseTo(25.7, within(0.05));
        assertThat(r.gapPercent()).isCloseTo((418_788.0 - 311_217.0) / 418_788.0 * 100, within(1e-12));
        assertThat(r.method()).isEqualTo(PayGap.MEAN);
        assertThat(r.inputs().period()).isEqualTo("2023");
        assertThat(r.inputs().series()).isEqualTo(SERIES);
    }

    @Test
    void theMedianVariantNamesItsOwnMethod() {
        PayGap.Result r = PayGap.compute(new PayGap.Inputs(PayGap.Statistic.MEDIAN, 80.0, 100.0, "2022", "OECD"))
                .orElseThrow();

        assertThat(r.method().code()).isEqualTo("pay-gap-unadjusted-median");
        assertThat(r.gapPercent()).isCloseTo(20.0, within(1e-12));
    }

    @Test
    void womenEarningMoreGiveANegativeGap() {
        assertThat(PayGap.compute(new PayGap.Inputs(PayGap.Statistic.MEAN, 110.0, 100.0, "2024", "x")).orElseThrow()
                .gapPercent()).isCloseTo(-10.0, within(1e-12));
    }

    @Test
    void missingEarningsOrMenEarningNothingAreNotComputable() {
        Outcome<PayGap.Result> missing = PayGap.compute(new PayGap.Inputs(PayGap.Statistic.MEAN, null, 100.0, "2023", SERIES));
        Outcome<PayGap.Result> zero = PayGap.compute(new PayGap.Inputs(PayGap.Statistic.MEAN, 10.0, 0.0, "2023", SERIES));

        assertThat(((Outcome.NotComputable<?>) missing).missing()).containsExactly("women");
        assertThat(((Outcome.NotComputable<?>) zero).outOfRange()).singleElement().asString().startsWith("men");
        assertThatThrownBy(() -> new PayGap.Inputs(PayGap.Statistic.MEAN, -1.0, 100.0, "2023", SERIES))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
