package kz.tendik.programs.results;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Suppression of small counts in published tables, so that nobody in a small group can be singled out.
 * <ol>
 * <li>Primary: a count from 1 to {@value #THRESHOLD} - 1 is not published (zero is: it reveals nobody). A caller
 *     may add its own primary rule (e.g. a count of completions whose complement, the non-completions, is small).</li>
 * <li>Complementary: the cells of a group add up to a total that is published. If exactly one cell of the group is
 *     suppressed, it could be recovered as the total minus the others, so the smallest other non-zero published
 *     cell is suppressed too (the first of equal ones). A suppressed total needs no complement.</li>
 * </ol>
 */
public final class SmallCellSuppression {

    public static final int THRESHOLD = 5;

    private SmallCellSuppression() {
    }

    /** Whether a count is small enough to suppress by itself: 1 to {@value #THRESHOLD} - 1. */
    public static boolean small(int count) {
        return count > 0 && count < THRESHOLD;
    }

    /**
     * Which cells of one group to suppress: those {@code primary} picks (by index), then the complement when the
     * group's total is published ({@code totalPublished}) and only one cell is suppressed.
     */
    public static List<Boolean> suppress(List<Integer> cells, IntPredicate primary, boolean totalPublished) {
        List<Boolean> suppressed = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            suppressed.add(primary.test(i));
        }
        if (totalPublished && suppressed.stream().filter(s -> s).count() == 1) {
            int smallest = -1;
            for (int i = 0; i < cells.size(); i++) {
                if (!suppressed.get(i) && cells.get(i) > 0 && (smallest < 0 || cells.get(i) < cells.get(smallest))) {
                    smallest = i;
                }
            }
            if (smallest >= 0) {
                suppressed.set(smallest, true);
            }
        }
        return suppressed;
    }

    /** The usual rule: suppress small counts, with complementary suppression against a published total. */
    public static List<Boolean> suppress(List<Integer> cells, int total) {
        return suppress(cells, i -> small(cells.get(i)), !small(total));
    }
}
