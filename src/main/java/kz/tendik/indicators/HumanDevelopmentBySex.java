package kz.tendik.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * UNDP Human Development Index, for women, men or everyone (HDR 2023/24 technical notes 1 and 3): the geometric
 * mean of the life expectancy, education and income indices. Goalposts: life expectancy 22.5–87.5 for women,
 * 17.5–82.5 for men, 20–85 for everyone; expected years of schooling 0–18; mean years 0–15; GNI per capita
 * 100–75,000 (2017 PPP $, natural logarithm). Values above the maximum count as the maximum.
 */
public final class HumanDevelopmentBySex {

    public static final IndexMethod METHOD = new IndexMethod("undp-hdi", "hdr-2023-24",
            "UNDP Human Development Report 2023/24, technical notes 1 and 3");

    static final double LIFE_SPAN = 65;
    static final double EXPECTED_YEARS_MAX = 18;
    static final double MEAN_YEARS_MAX = 15;
    static final double INCOME_MIN = 100;
    static final double INCOME_MAX = 75_000;

    private HumanDevelopmentBySex() {
    }

    /**
     * @param lifeExpectancy       life expectancy at birth, years
     * @param expectedSchooling    expected years of schooling
     * @param meanSchooling        mean years of schooling (adults 25+)
     * @param gniPerCapita         gross national income per capita, 2017 PPP $ (for a sex: its estimated share)
     */
    public record Inputs(Sex sex, Double lifeExpectancy, Double expectedSchooling, Double meanSchooling,
                         Double gniPerCapita) {

        public Inputs {
            if (sex == null) {
                throw new IllegalArgumentException("sex is required");
            }
            InputChecks.requireNonNegative(names(sex), lifeExpectancy, expectedSchooling, meanSchooling, gniPerCapita);
        }

        /** The input names as in the HDR file: {@code le_f, eys_f, mys_f, gni_pc_f} for women, and so on. */
        public static List<String> names(Sex sex) {
            return switch (sex) {
                case FEMALE -> List.of("le_f", "eys_f", "mys_f", "gni_pc_f");
                case MALE -> List.of("le_m", "eys_m", "mys_m", "gni_pc_m");
                case TOTAL -> List.of("le", "eys", "mys", "gnipc");
            };
        }

        List<String> missing() {
            return InputChecks.missing(names(sex), lifeExpectancy, expectedSchooling, meanSchooling, gniPerCapita);
        }
    }

    public record Result(Inputs inputs, IndexMethod method, double lifeExpectancyIndex, double educationIndex,
                         double incomeIndex, double hdi) {

        public BigDecimal published() {
            return InputChecks.threeDecimals(hdi);
        }
    }

    /** The lowest life expectancy of the goalposts: 22.5 for women, 17.5 for men, 20 for everyone. */
    public static double lifeExpectancyMinimum(Sex sex) {
        return switch (sex) {
            case FEMALE -> 22.5;
            case MALE -> 17.5;
            case TOTAL -> 20;
        };
    }

    public static Outcome<Result> compute(Inputs in) {
        List<String> missing = in.missing();
        List<String> outOfRange = new ArrayList<>();
        double lifeMinimum = lifeExpectancyMinimum(in.sex());
        if (in.lifeExpectancy() != null && in.lifeExpectancy() <= lifeMinimum) {
            outOfRange.add(Inputs.names(in.sex()).get(0) + " (at or below the goalpost minimum " + lifeMinimum + ")");
        }
        if (in.expectedSchooling() != null && in.meanSchooling() != null
                && in.expectedSchooling() == 0 && in.meanSchooling() == 0) {
            outOfRange.add(Inputs.names(in.sex()).get(1) + ", " + Inputs.names(in.sex()).get(2)
                    + " (both 0: the education index is 0)");
        }
        if (!missing.isEmpty() || !outOfRange.isEmpty()) {
            return new Outcome.NotComputable<>(METHOD, missing, outOfRange);
        }
        double life = Math.min((in.lifeExpectancy() - lifeMinimum) / LIFE_SPAN, 1);
        double education = (Math.min(in.expectedSchooling() / EXPECTED_YEARS_MAX, 1)
                + Math.min(in.meanSchooling() / MEAN_YEARS_MAX, 1)) / 2;
        double income = (Math.log(Math.min(Math.max(in.gniPerCapita(), INCOME_MIN), INCOME_MAX)) - Math.log(INCOME_MIN))
                / (Math.log(INCOME_MAX) - Math.log(INCOME_MIN));
        double hdi = Math.cbrt(life * education * income);
        return new Outcome.Computed<>(new Result(in, METHOD, life, education, income, hdi), METHOD);
    }
}
