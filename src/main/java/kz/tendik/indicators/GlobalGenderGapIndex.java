package kz.tendik.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * WEF Global Gender Gap Index (Global Gender Gap Report 2018, methodology): 14 female-to-male ratios, each truncated
 * at its equality benchmark; each sub-index the weighted mean of its indicators (weights re-scaled to sum to 1 over
 * the indicators present); the overall index the simple mean of the four sub-indices. Reproduces the published
 * 2018 sub-indices of every country from its indicator scores within 0.001.
 */
public final class GlobalGenderGapIndex {

    public static final IndexMethod METHOD = new IndexMethod("wef-gggi", "gggr-2018",
            "World Economic Forum, The Global Gender Gap Report 2018, part 1: measuring the global gender gap");

    /**
     * WEF ranks a country only when at least this many of the 14 indicators are available (Global Gender Gap Report,
     * methodology); {@link #computeCovered} applies it.
     */
    public static final int MINIMUM_INDICATORS = 12;

    /** The survey's answers run from 1 to 7. */
    static final double WAGE_SURVEY_MAX = 7;

    private GlobalGenderGapIndex() {
    }

    /** The four sub-indices; {@link #code()} is the short name used in columns and stored results. */
    public enum SubIndex {
        ECONOMIC_PARTICIPATION_AND_OPPORTUNITY("economic"), EDUCATIONAL_ATTAINMENT("education"),
        HEALTH_AND_SURVIVAL("health"), POLITICAL_EMPOWERMENT("political");

        private final String code;

        SubIndex(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /**
     * The 14 indicators, with their catalogue code (also the input column of the {@code indices} command), sub-index,
     * weight and equality benchmark (where a ratio is truncated).
     */
    public enum Indicator {
        LABOUR_FORCE_PARTICIPATION("gggi_lfpr", SubIndex.ECONOMIC_PARTICIPATION_AND_OPPORTUNITY, 0.199, 1),
        WAGE_EQUALITY("gggi_wage", SubIndex.ECONOMIC_PARTICIPATION_AND_OPPORTUNITY, 0.310, 1),
        ESTIMATED_EARNED_INCOME("gggi_income", SubIndex.ECONOMIC_PARTICIPATION_AND_OPPORTUNITY, 0.221, 1),
        LEGISLATORS_SENIOR_OFFICIALS_MANAGERS("gggi_managers", SubIndex.ECONOMIC_PARTICIPATION_AND_OPPORTUNITY, 0.149, 1),
        PROFESSIONAL_TECHNICAL_WORKERS("gggi_professional", SubIndex.ECONOMIC_PARTICIPATION_AND_OPPORTUNITY, 0.121, 1),
        LITERACY_RATE("gggi_literacy", SubIndex.EDUCATIONAL_ATTAINMENT, 0.191, 1),
        PRIMARY_ENROLMENT("gggi_primary", SubIndex.EDUCATIONAL_ATTAINMENT, 0.459, 1),
        SECONDARY_ENROLMENT("gggi_secondary", SubIndex.EDUCATIONAL_ATTAINMENT, 0.230, 1),
        TERTIARY_ENROLMENT("gggi_tertiary", SubIndex.EDUCATIONAL_ATTAINMENT, 0.121, 1),
        SEX_RATIO_AT_BIRTH("gggi_srb", SubIndex.HEALTH_AND_SURVIVAL, 0.693, 0.944),
        HEALTHY_LIFE_EXPECTANCY("gggi_hle", SubIndex.HEALTH_AND_SURVIVAL, 0.307, 1.06),
        WOMEN_IN_PARLIAMENT("gggi_parliament", SubIndex.POLITICAL_EMPOWERMENT, 0.310, 1),
        WOMEN_MINISTERS("gggi_ministers", SubIndex.POLITICAL_EMPOWERMENT, 0.247, 1),
        YEARS_WITH_FEMALE_HEAD_OF_STATE("gggi_head_of_state", SubIndex.POLITICAL_EMPOWERMENT, 0.443, 1);

        private final String code;
        private final SubIndex subIndex;
        private final double weight;
        private final double benchmark;

        Indicator(String code, SubIndex subIndex, double weight, double benchmark) {
            this.code = code;
            this.subIndex = subIndex;
            this.weight = weight;
            this.benchmark = benchmark;
        }

        public String code() {
            return code;
        }

        public SubIndex subIndex() {
            return subIndex;
        }

        public double weight() {
            return weight;
        }

        public double benchmark() {
            return benchmark;
        }

        static List<Indicator> of(SubIndex subIndex) {
            return java.util.Arrays.stream(values()).filter(i -> i.subIndex == subIndex).toList();
        }
    }

    /** The wage-equality indicator from the executive survey's answer (1–7): the answer divided by 7. */
    public static double wageEqualityScore(double surveyAnswer) {
        if (surveyAnswer < 1 || surveyAnswer > WAGE_SURVEY_MAX) {
            throw new IllegalArgumentException("the wage-equality survey answer runs from 1 to 7, was " + surveyAnswer);
        }
        return surveyAnswer / WAGE_SURVEY_MAX;
    }

    /**
     * Female-to-male ratios (for {@link Indicator#WAGE_EQUALITY} the survey score on 0–1, see
     * {@link #wageEqualityScore}); an indicator not in the map is missing.
     */
    public record Inputs(Map<Indicator, Double> ratios) {

        public Inputs {
            Map<Indicator, Double> copy = new EnumMap<>(Indicator.class);
            ratios.forEach((indicator, ratio) -> {
                if (ratio == null) {
                    return;
                }
                if (ratio.isNaN() || ratio.isInfinite() || ratio < 0) {
                    throw new IllegalArgumentException(indicator + " must be a finite ratio not below 0, was " + ratio);
                }
                copy.put(indicator, ratio);
            });
            ratios = Collections.unmodifiableMap(copy);
        }
    }

    /**
     * @param scores     the truncated indicator scores used
     * @param missing    indicators that were missing, whose weight went to the others of their sub-index
     * @param subIndices the four sub-index scores
     */
    public record Result(Inputs inputs, IndexMethod method, Map<Indicator, Double> scores, List<Indicator> missing,
                         Map<SubIndex, Double> subIndices, double overall) {

        public BigDecimal published() {
            return InputChecks.threeDecimals(overall);
        }
    }

    public static Outcome<Result> compute(Inputs in) {
        List<String> missing = new ArrayList<>();
        Map<SubIndex, Double> subIndices = new EnumMap<>(SubIndex.class);
        for (SubIndex subIndex : SubIndex.values()) {
            Outcome<Double> score = subIndex(subIndex, in);
            if (score instanceof Outcome.NotComputable<Double> not) {
                missing.addAll(not.missing());
            } else {
                subIndices.put(subIndex, score.orElseThrow());
            }
        }
        if (!missing.isEmpty()) {
            return new Outcome.NotComputable<>(METHOD, missing, List.of());
        }
        Map<Indicator, Double> scores = new EnumMap<>(Indicator.class);
        in.ratios().forEach((indicator, ratio) -> scores.put(indicator, truncated(indicator, ratio)));
        List<Indicator> absent = java.util.Arrays.stream(Indicator.values()).filter(i -> !scores.containsKey(i)).toList();
        return new Outcome.Computed<>(new Result(in, METHOD, Collections.unmodifiableMap(scores), absent,
                Collections.unmodifiableMap(subIndices), overall(subIndices)), METHOD);
    }

    /**
     * {@link #compute}, but not computable (naming every missing indicator) when fewer than
     * {@link #MINIMUM_INDICATORS} are given: re-scaled weights stand in for a missing indicator or two, not for most.
     */
    public static Outcome<Result> computeCovered(Inputs in) {
        if (in.ratios().size() < MINIMUM_INDICATORS) {
            return new Outcome.NotComputable<>(METHOD, java.util.Arrays.stream(Indicator.values())
                    .filter(i -> !in.ratios().containsKey(i)).map(Enum::name).toList(), List.of());
        }
        return compute(in);
    }

    /** One sub-index from its indicators present; not computable (naming them) when none of them is given. */
    public static Outcome<Double> subIndex(SubIndex subIndex, Inputs in) {
        double weighted = 0;
        double weights = 0;
        for (Indicator indicator : Indicator.of(subIndex)) {
            Double ratio = in.ratios().get(indicator);
            if (ratio != null) {
                weighted += indicator.weight() * truncated(indicator, ratio);
                weights += indicator.weight();
            }
        }
        if (weights == 0) {
            return new Outcome.NotComputable<>(METHOD, Indicator.of(subIndex).stream().map(Enum::name).toList(), List.of());
        }
        return new Outcome.Computed<>(weighted / weights, METHOD);
    }

    /** The overall index from the four sub-index scores: their simple mean. */
    public static double overall(Map<SubIndex, Double> subIndices) {
        if (subIndices.size() != SubIndex.values().length || subIndices.containsValue(null)) {
            throw new IllegalArgumentException("the overall index needs all four sub-indices, got " + subIndices.keySet());
        }
        return subIndices.values().stream().mapToDouble(Double::doubleValue).sum() / SubIndex.values().length;
    }

    static double truncated(Indicator indicator, double ratio) {
        return Math.min(ratio, indicator.benchmark());
    }
}
