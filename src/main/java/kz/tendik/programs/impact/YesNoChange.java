package kz.tendik.programs.impact;

import java.util.List;

/**
 * The change in a yes/no item (or derived indicator) among participants with both answers ({@code n} pairs): how
 * many said yes before and after, how many changed from yes to no and from no to yes, and McNemar's test.
 */
public record YesNoChange(int n, int yesBefore, int yesAfter, int yesToNo, int noToYes,
                          Computation<McNemarTest> mcNemar) {

    public static YesNoChange of(List<YesNoPair> pairs) {
        int yesBefore = (int) pairs.stream().filter(YesNoPair::before).count();
        int yesAfter = (int) pairs.stream().filter(YesNoPair::after).count();
        int yesToNo = (int) pairs.stream().filter(pair -> pair.before() && !pair.after()).count();
        int noToYes = (int) pairs.stream().filter(pair -> !pair.before() && pair.after()).count();
        Computation<McNemarTest> test = pairs.isEmpty() ? Computation.notComputable(NotComputableReason.NO_PAIRS)
                : McNemarTest.of(yesToNo, noToYes);
        return new YesNoChange(pairs.size(), yesBefore, yesAfter, yesToNo, noToYes, test);
    }

    public int unchanged() {
        return n - yesToNo - noToYes;
    }

    public Computation<Double> shareYesBefore() {
        return share(yesBefore);
    }

    public Computation<Double> shareYesAfter() {
        return share(yesAfter);
    }

    /** How many changed to the equitable answer, given which answer is equitable. */
    public int changedToEquitable(boolean equitableAnswer) {
        return equitableAnswer ? noToYes : yesToNo;
    }

    /** How many changed away from the equitable answer. */
    public int changedFromEquitable(boolean equitableAnswer) {
        return equitableAnswer ? yesToNo : noToYes;
    }

    private Computation<Double> share(int count) {
        return n == 0 ? Computation.notComputable(NotComputableReason.NO_PAIRS) : Computation.of((double) count / n);
    }
}
