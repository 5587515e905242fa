package kz.tendik.programs.cohort;

import java.util.List;
import java.util.Set;

import kz.tendik.programs.cohort.CompletionRule.Progress;
import kz.tendik.programs.cohort.CompletionRule.Reason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CompletionRuleTest {

    private final CompletionRule rule = new CompletionRule(70, List.of("Safety at work", "Sewing basics"));

    @Test
    void attendanceAtTheMinimumWithEveryRequiredModuleCompletes() {
        // 7 of 10 sessions: exactly 70%
        var c = rule.evaluate(new Progress(true, 10, 7, 0, Set.of("Safety at work", "Sewing basics", "Extra")));
        assertThat(c.completed()).isTrue();
        assertThat(c.attendancePercent()).isEqualTo(70);
        assertThat(c.reasons()).isEmpty();
    }

    @Test
    void excusedAbsencesAreLeftOutOfTheShareWhileUnmarkedSessionsCountAsMissed() {
        // 5 present of 8 sessions, 1 excused: 5 of 7 = 71.4% → completes; without the excuse 5 of 8 = 62.5% → not
        assertThat(rule.evaluate(new Progress(true, 8, 5, 1, Set.of("Safety at work", "Sewing basics"))).completed())
                .isTrue();
        var c = rule.evaluate(new Progress(true, 8, 5, 0, Set.of("Safety at work", "Sewing basics")));
        assertThat(c.completed()).isFalse();
        assertThat(c.attendancePercent()).isEqualTo(62);
        assertThat(c.reasons()).containsExactly(Reason.ATTENDANCE_BELOW_MINIMUM);
    }

    @Test
    void justBelowTheMinimumIsNotRoundedUp() {
        // 69 of 99 = 69.7%: rounding would say 70
        assertThat(rule.evaluate(new Progress(true, 99, 69, 0, Set.of("Safety at work", "Sewing basics"))).reasons())
                .containsExactly(Reason.ATTENDANCE_BELOW_MINIMUM);
    }

    @Test
    void missingModulesAreNamedInTheRulesOrder() {
        var c = rule.evaluate(new Progress(true, 4, 4, 0, Set.of()));
        assertThat(c.completed()).isFalse();
        assertThat(c.missingModules()).containsExactly("Safety at work", "Sewing basics");
        assertThat(c.reasons()).containsExactly(Reason.MODULES_MISSING);
    }

    @Test
    void everyReasonIsGivenAtOnceAndSomeoneWithoutAPlaceNeverCompletes() {
        var c = rule.evaluate(new Progress(false, 4, 1, 0, Set.of("Sewing basics")));
        assertThat(c.reasons()).containsExactly(Reason.NOT_ENROLLED, Reason.ATTENDANCE_BELOW_MINIMUM,
                Reason.MODULES_MISSING);
        assertThat(c.missingModules()).containsExactly("Safety at work");
    }

    @Test
    void withAMinimumButNoSessionToCountNobodyCompletesAndWithoutAMinimumEveryoneDoes() {
        var none = rule.evaluate(new Progress(true, 2, 0, 2, Set.of("Safety at work", "Sewing basics")));
        assertThat(none.attendancePercent()).isNull();
        assertThat(none.reasons()).containsExactly(Reason.NO_SESSION_TO_COUNT);
        assertThat(CompletionRule.NONE.evaluate(new Progress(true, 0, 0, 0, Set.of())).completed()).isTrue();
    }
}
