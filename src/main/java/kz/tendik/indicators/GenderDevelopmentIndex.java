package kz.tendik.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * UNDP Gender Development Index (HDR 2023/24 technical note 3): the female HDI over the male HDI, and the GDI group
 * by the absolute deviation of the 3-decimal GDI from parity: ≤ 0.025 → 1, ≤ 0.050 → 2, ≤ 0.075 → 3,
 * ≤ 0.100 → 4, else 5 (compared in exact decimals, so 0.975 is group 1).
 */
public final class GenderDevelopmentIndex {

    public static final IndexMethod METHOD = new IndexMethod("undp-gdi", "hdr-2023-24",
            "UNDP Human Development Report 2023/24, technical note 3");

    private static final List<BigDecimal> GROUP_LIMITS = List.of(new BigDecimal("0.025"), new BigDecimal("0.050"),
            new BigDecimal("0.075"), new BigDecimal("0.100"));

    private GenderDevelopmentIndex() {
    }

    /** Inputs in the units of the HDR file ({@code le_f, le_m, eys_f, eys_m, mys_f, mys_m, gni_pc_f, gni_pc_m}). */
    public record Inputs(Double leF, Double leM, Double eysF, Double eysM, Double mysF, Double mysM, Double gniPcF,
                         Double gniPcM) {

        public static final List<String> NAMES = List.of("le_f", "le_m", "eys_f", "eys_m", "mys_f", "mys_m",
                "gni_pc_f", "gni_pc_m");

        public Inputs {
            InputChecks.requireNonNegative(NAMES, leF, leM, eysF, eysM, mysF, mysM, gniPcF, gniPcM);
        }

        public HumanDevelopmentBySex.Inputs female() {
            return new HumanDevelopmentBySex.Inputs(Sex.FEMALE, leF, eysF, mysF, gniPcF);
        }

        public HumanDevelopmentBySex.Inputs male() {
            return new HumanDevelopmentBySex.Inputs(Sex.MALE, leM, eysM, mysM, gniPcM);
        }
    }

    public record Result(Inputs inputs, IndexMethod method, HumanDevelopmentBySex.Result female,
                         HumanDevelopmentBySex.Result male, double gdi, int group) {

        public double hdiF() {
            return female.hdi();
        }

        public double hdiM() {
            return male.hdi();
        }

        /** The value as UNDP publishes it: 3 decimals. */
        public BigDecimal published() {
            return InputChecks.threeDecimals(gdi);
        }
    }

    public static Outcome<Result> compute(Inputs in) {
        Outcome<HumanDevelopmentBySex.Result> female = HumanDevelopmentBySex.compute(in.female());
        Outcome<HumanDevelopmentBySex.Result> male = HumanDevelopmentBySex.compute(in.male());
        if (female instanceof Outcome.NotComputable<?> || male instanceof Outcome.NotComputable<?>) {
            List<String> missing = new ArrayList<>();
            List<String> outOfRange = new ArrayList<>();
            for (Outcome<HumanDevelopmentBySex.Result> sex : List.of(female, male)) {
                if (sex instanceof Outcome.NotComputable<HumanDevelopmentBySex.Result> not) {
                    missing.addAll(not.missing());
                    outOfRange.addAll(not.outOfRange());
                }
            }
            missing.sort(java.util.Comparator.comparing(Inputs.NAMES::indexOf));
            return new Outcome.NotComputable<>(METHOD, missing, outOfRange);
        }
        HumanDevelopmentBySex.Result f = female.orElseThrow();
        HumanDevelopmentBySex.Result m = male.orElseThrow();
        if (m.hdi() == 0) {
            return new Outcome.NotComputable<>(METHOD, List.of(), List.of("gni_pc_m (at or below 100: the male HDI is 0)"));
        }
        double gdi = f.hdi() / m.hdi();
        return new Outcome.Computed<>(new Result(in, METHOD, f, m, gdi, group(InputChecks.threeDecimals(gdi))), METHOD);
    }

    /** The GDI group (1 = high equality … 5 = low) of a GDI value as published (3 decimals). */
    public static int group(BigDecimal publishedGdi) {
        BigDecimal deviation = BigDecimal.ONE.subtract(publishedGdi).abs();
        for (int i = 0; i < GROUP_LIMITS.size(); i++) {
            if (deviation.compareTo(GROUP_LIMITS.get(i)) <= 0) {
                return i + 1;
            }
        }
        return 5;
    }
}
