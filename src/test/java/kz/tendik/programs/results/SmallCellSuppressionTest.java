package kz.tendik.programs.results;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Small counts are suppressed, and a second cell whenever one alone could be recovered from a published total. */
class SmallCellSuppressionTest {

    @Test
    void countsFromOneToFourAreSuppressedAndZeroIsNot() {
        assertThat(SmallCellSuppression.suppress(List.of(0, 1, 4, 5, 12), 22))
                .containsExactly(false, true, true, false, false);
    }

    @Test
    void aLoneSuppressedCellTakesTheSmallestOtherNonZeroCellWithIt() {
        // 3 alone could be recovered as 40 - (0 + 9 + 6 + 22): the 6 goes too
        assertThat(SmallCellSuppression.suppress(List.of(0, 3, 9, 6, 22), 40))
                .containsExactly(false, true, false, true, false);
    }

    @Test
    void noComplementWhenTheTotalIsItselfSuppressedOrTwoCellsAlreadyAre() {
        assertThat(SmallCellSuppression.suppress(List.of(1, 2), 3)).containsExactly(true, true);
        assertThat(SmallCellSuppression.suppress(List.of(3, 0), 3)).containsExactly(true, false);
        assertThat(SmallCellSuppression.suppress(List.of(2, 4, 30), 36)).containsExactly(true, true, false);
        assertThat(SmallCellSuppression.suppress(List.of(30, 12), 42)).containsExactly(false, false);
    }

    @Test
    void noSuppressedCellCanBeRecoveredFromTheTotal() {
        List<Integer> cells = List.of(7, 2, 15, 0, 11);
        int total = cells.stream().mapToInt(Integer::intValue).sum();
        List<Boolean> hidden = SmallCellSuppression.suppress(cells, total);
        long hiddenNonZero = java.util.stream.IntStream.range(0, cells.size()).filter(hidden::get).count();
        assertThat(hiddenNonZero).isNotEqualTo(1);
        assertThat(hidden).containsExactly(true, true, false, false, false);
    }

    static EnrolmentFact fact(long programme, String region, int year, boolean completed) {
        return new EnrolmentFact(1, completed, 1, "c", LocalDate.of(year, 3, 1), region, programme, "Бағдарлама",
                "Программа", "Programme", 30, 0, 0, null, null, null, null, null);
    }

    @Test
    void publishedParticipationSuppressesSmallCountsTheirComplementsAndRatesBuiltOnThem() {
        List<EnrolmentFact> facts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            facts.add(fact(1, "KZ-75", 2026, i < 10)); // 12 enrolled, 10 completed: 2 did not -> completions hidden
        }
        for (int i = 0; i < 3; i++) {
            facts.add(fact(1, "KZ-71", 2026, true)); // 3 enrolled -> hidden, and then KZ-75's enrolled as complement
        }
        for (int i = 0; i < 20; i++) {
            facts.add(fact(1, "KZ-11", 2026, i < 10)); // 20 enrolled, 10 completed: published
        }
        List<OpenParticipation.Row> rows = OpenParticipation.publish(facts);
        OpenParticipation.Row kz11 = row(rows, "KZ-11");
        OpenParticipation.Row kz71 = row(rows, "KZ-71");
        OpenParticipation.Row kz75 = row(rows, "KZ-75");
        OpenParticipation.Row total = row(rows, null);
        assertThat(kz71.enrolled()).isNull();
        assertThat(kz71.completed()).isNull();
        assertThat(kz75.enrolled()).as("complement of the 3").isNull();
        assertThat(kz75.completed()).isNull();
        assertThat(kz75.completionRate()).isNull();
        assertThat(kz11.enrolled()).isEqualTo(20);
        assertThat(kz11.completed()).isEqualTo(10);
        assertThat(kz11.completionRate()).isEqualTo(0.5);
        assertThat(total.enrolled()).isEqualTo(35);
        assertThat(total.completed()).isEqualTo(23);
    }

    private static OpenParticipation.Row row(List<OpenParticipation.Row> rows, String region) {
        return rows.stream().filter(r -> java.util.Objects.equals(r.regionCode(), region)).findFirst().orElseThrow();
    }
}
