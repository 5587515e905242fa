package kz.tendik.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Unadjusted gender pay gap: (men's earnings − women's) / men's, in percent, and women's earnings as a percent of
 * men's. With means it is Eurostat's and Kazakhstan's Bureau of National Statistics' figure; with medians, the
 * OECD's. The statistic, period and source series travel with the result.
 */
public final class PayGap {

    public static final IndexMethod MEAN = new IndexMethod("pay-gap-unadjusted-mean", "1",
            "Eurostat SES / Bureau of National Statistics of Kazakhstan: (mean men − mean women) / mean men");
    public static final IndexMethod MEDIAN = new IndexMethod("pay-gap-unadjusted-median", "1",
            "OECD Employment database: (median men − median women) / median men");

    private PayGap() {
    }

    public enum Statistic {
        MEAN, MEDIAN
    }

    /**
     * @param women  women's earnings (mean or median, as {@code statistic} says), in the series' unit
     * @param men    men's earnings, same statistic and unit
     * @param period the period the earnings refer to ({@code 2023}, {@code 2024-Q3})
     * @param series the source series ({@code BNS average monthly nominal wage, tenge})
     */
    public record Inputs(Statistic statistic, Double women, Double men, String period, String series) {

        public static final List<String> NAMES = List.of("women", "men");

        public Inputs {
            Objects.requireNonNull(statistic, "statistic");
            InputChecks.requireNonNegative(NAMES, women, men);
        }
    }

    /**
     * @param gapPercent             (men − women) / men × 100
     * @param womenAsPercentOfMen    women / men × 100
     */
    public record Result(Inputs inputs, IndexMethod method, double gapPercent, double womenAsPercentOfMen) {
    }

    public static IndexMethod method(Statistic statistic) {
        return statistic == Statistic.MEAN ? MEAN : MEDIAN;
    }

    public static Outcome<Result> compute(Inputs in) {
        IndexMethod method = method(in.statistic());
        List<String> missing = InputChecks.missing(Inputs.NAMES, in.women(), in.men());
        List<String> outOfRange = new ArrayList<>();
        if (in.men() != null && in.men() == 0) {
            outOfRange.add("men (0: the gap is relative to men's earnings)");
        }
        if (!missing.isEmpty() || !outOfRange.isEmpty()) {
            return new Outcome.NotComputable<>(method, missing, outOfRange);
        }
        double gap = (in.men() - in.women()) / in.men() * 100;
        return new Outcome.Computed<>(new Result(in, method, gap, in.women() / in.men() * 100), method);
    }
}
