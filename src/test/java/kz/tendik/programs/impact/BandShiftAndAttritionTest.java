package kz.tendik.programs.impact;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BandShiftAndAttritionTest {

    /**
     * Six pairs on three bands (0 low, 1 moderate, 2 high): 0→1 and 1→2 up; 2→2, 1→1, 0→0 unchanged; 2→1 down.
     * Up 2 of 6 = 1/3; four were below the top band before (0, 1, 1, 0), so 2 of 4 = 1/2 of those who could.
     */
    @Test
    void theShareThatMovedToAMoreEquitableBandIsCountedOfAllAndOfThoseWhoCould() {
        BandShift shift = BandShift.of(List.of(new BandPair(0, 1), new BandPair(1, 2), new BandPair(2, 2),
                new BandPair(2, 1), new BandPair(1, 1), new BandPair(0, 0)), 3);
        assertThat(shift.n()).isEqualTo(6);
        assertThat(shift.moreEquitable()).isEqualTo(2);
        assertThat(shift.unchanged()).isEqualTo(3);
        assertThat(shift.lessEquitable()).isEqualTo(1);
        assertThat(shift.couldMoveUp()).isEqualTo(4);
        assertThat(shift.shareMoreEquitable().value()).isEqualTo(1.0 / 3);
        assertThat(shift.shareMoreEquitableOfThoseWhoCould().value()).isEqualTo(0.5);
    }

    @Test
    void whenEveryoneStartedInTheTopBandNobodyCouldMoveUp() {
        BandShift shift = BandShift.of(List.of(new BandPair(2, 2), new BandPair(2, 1)), 3);
        assertThat(shift.shareMoreEquitable().value()).isEqualTo(0.0);
        assertThat(shift.shareMoreEquitableOfThoseWhoCould().whyNot()).contains(NotComputableReason.ALL_IN_HIGHEST_BAND);
        assertThat(BandShift.of(List.of(), 3).shareMoreEquitable().whyNot()).contains(NotComputableReason.NO_PAIRS);
        assertThatThrownBy(() -> BandShift.of(List.of(new BandPair(3, 0)), 3)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Enrolled 1-10; completed 1-8; surveyed before 1-9 and 42 (not enrolled, ignored); after 1-6, 9, 10.
     * Surveyed twice = {1..6, 9} = 7, of whom completed {1..6} = 6. Rates 8/10 and 7/10.
     */
    @Test
    void theFunnelCountsEnrolledPeopleOnly() {
        AttritionFunnel funnel = AttritionFunnel.of(range(1, 10), range(1, 8),
                concat(range(1, 9), List.of(42)), concat(range(1, 6), List.of(9, 10)));
        assertThat(funnel).isEqualTo(new AttritionFunnel(10, 8, 9, 7, 6));
        assertThat(funnel.completionRate().value()).isEqualTo(0.8);
        assertThat(funnel.pairedRate().value()).isEqualTo(0.7);
        assertThat(AttritionFunnel.of(List.of(), List.of(), List.of(), List.of()).completionRate().whyNot())
                .contains(NotComputableReason.NO_ENROLMENT);
        assertThatThrownBy(() -> new AttritionFunnel(5, 6, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.rangeClosed(from, to).boxed().toList();
    }

    private static List<Integer> concat(List<Integer> first, List<Integer> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
