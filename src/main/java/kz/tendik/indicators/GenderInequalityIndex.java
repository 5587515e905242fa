package kz.tendik.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * UNDP Gender Inequality Index as in the HDR 2023/24 technical note 4: maternal mortality clipped to [10, 1000],
 * adolescent births as given, a parliament share of 0 replaced by 0.01 %, geometric means per sex, their harmonic
 * mean against the reference standard {@code Gbar}; GII = 1 − HARM / Gbar. Reproduces every published value of the
 * HDR 2023/24 time series (3 decimals).
 */
public final class GenderInequalityIndex {

    public static final IndexMethod METHOD = new IndexMethod("undp-gii", "hdr-2023-24",
            "UNDP Human Development Report 2023/24, technical note 4");

    static final double MMR_FLOOR = 10;
    static final double MMR_CAP = 1000;
    /** Percent of seats used for a sex that holds none: what the HDR file stores and the published values need. */
    static final double PARLIAMENT_FLOOR = 0.01;

    private GenderInequalityIndex() {
    }

    /**
     * Inputs in the units of the HDR file; {@code null} means missing.
     *
     * @param mmr   maternal deaths per 100,000 live births
     * @param abr   births per 1,000 women aged 15–19
     * @param seF   % of women aged 25+ with at least some secondary education ({@code seM} for men)
     * @param prF   % of parliament seats held by women ({@code prM} by men)
     * @param lfprF labour force participation rate of women aged 15+, % ({@code lfprM} of men)
     */
    public record Inputs(Double mmr, Double abr, Double seF, Double seM, Double prF, Double prM, Double lfprF,
                         Double lfprM) {

        /** The input names, as in the HDR file and the {@code indices} command. */
        public static final List<String> NAMES = List.of("mmr", "abr", "se_f", "se_m", "pr_f", "pr_m", "lfpr_f", "lfpr_m");

        public Inputs {
            InputChecks.requireNonNegative(NAMES, mmr, abr, seF, seM, prF, prM, lfprF, lfprM);
        }

        List<String> missing() {
            return InputChecks.missing(NAMES, mmr, abr, seF, seM, prF, prM, lfprF, lfprM);
        }
    }

    /**
     * The index with every intermediate value, unrounded; proportions (0–1) throughout. {@code mmrUsed},
     * {@code prFUsed} and {@code prMUsed} are the inputs after the cap, floor and zero replacement.
     */
    public record Result(Inputs inputs, IndexMethod method, double gii, double healthF, double empF, double empM,
                         double gF, double gM, double harm, double gbar, double mmrUsed, double prFUsed,
                         double prMUsed) {

        /** The value as UNDP publishes it: 3 decimals. */
        public BigDecimal published() {
            return InputChecks.threeDecimals(gii);
        }
    }

    public static Outcome<Result> compute(Inputs in) {
        List<String> missing = in.missing();
        List<String> outOfRange = new ArrayList<>();
        if (in.abr() != null && in.abr() == 0) {
            outOfRange.add("abr (must be above 0: the method divides by it)");
        }
        if (!missing.isEmpty() || !outOfRange.isEmpty()) {
            return new Outcome.NotComputable<>(METHOD, missing, outOfRange);
        }
        double mmr = Math.min(Math.max(in.mmr(), MMR_FLOOR), MMR_CAP);
        double prF = in.prF() > 0 ? in.prF() : PARLIAMENT_FLOOR;
        double prM = in.prM() > 0 ? in.prM() : PARLIAMENT_FLOOR;

        double healthF = Math.sqrt((MMR_FLOOR / mmr) * (1 / in.abr()));
        double empF = Math.sqrt(prF / 100 * (in.seF() / 100));
        double empM = Math.sqrt(prM / 100 * (in.seM() / 100));
        double labourF = in.lfprF() / 100;
        double labourM = in.lfprM() / 100;

        double gF = Math.cbrt(healthF * empF * labourF);
        double gM = Math.cbrt(1 * empM * labourM);
        double harm = 2 / (1 / gF + 1 / gM);
        double gbar = Math.cbrt((healthF + 1) / 2 * ((empF + empM) / 2) * ((labourF + labourM) / 2));
        double gii = 1 - harm / gbar;
        if (Double.isNaN(gii)) {
            return new Outcome.NotComputable<>(METHOD, List.of(),
                    List.of("se_f, se_m, lfpr_f, lfpr_m (no achievement of either sex: the reference standard is 0)"));
        }
        return new Outcome.Computed<>(new Result(in, METHOD, gii, healthF, empF, empM, gF, gM, harm, gbar, mmr, prF, prM),
                METHOD);
    }
}
