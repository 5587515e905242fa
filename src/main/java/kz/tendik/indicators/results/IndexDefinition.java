package kz.tendik.indicators.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import kz.tendik.indicators.GenderDevelopmentIndex;
import kz.tendik.indicators.GenderInequalityIndex;
import kz.tendik.indicators.GlobalGenderGapIndex;
import kz.tendik.indicators.GlobalGenderGapIndex.Indicator;
import kz.tendik.indicators.GlobalGenderGapIndex.SubIndex;
import kz.tendik.indicators.HumanDevelopmentBySex;
import kz.tendik.indicators.IndexMethod;
import kz.tendik.indicators.Outcome;
import kz.tendik.indicators.PayGap;
import kz.tendik.indicators.Representation;
import kz.tendik.indicators.Sex;

/**
 * Every index the store recomputes: which stored values (catalogue code and sex, annual) are its inputs under which
 * input name, which stored value is the source's own published figure, and how the method turns the inputs into a
 * value and its components.
 */
enum IndexDefinition {

    GII(GenderInequalityIndex.METHOD, hdrInputs(GenderInequalityIndex.Inputs.NAMES), new Source("gii", "T")) {
        @Override
        Computation compute(Map<String, Double> v) {
            Outcome<GenderInequalityIndex.Result> outcome = GenderInequalityIndex.compute(new GenderInequalityIndex.Inputs(
                    v.get("mmr"), v.get("abr"), v.get("se_f"), v.get("se_m"), v.get("pr_f"), v.get("pr_m"),
                    v.get("lfpr_f"), v.get("lfpr_m")));
            return Computation.of(outcome, r -> r.gii(), r -> components("health_f", r.healthF(), "emp_f", r.empF(),
                    "emp_m", r.empM(), "g_f", r.gF(), "g_m", r.gM(), "harm", r.harm(), "gbar", r.gbar(),
                    "mmr_used", r.mmrUsed(), "pr_f_used", r.prFUsed(), "pr_m_used", r.prMUsed()));
        }
    },
    GDI(GenderDevelopmentIndex.METHOD, hdrInputs(GenderDevelopmentIndex.Inputs.NAMES), new Source("gdi", "T")) {
        @Override
        Computation compute(Map<String, Double> v) {
            Outcome<GenderDevelopmentIndex.Result> outcome = GenderDevelopmentIndex.compute(new GenderDevelopmentIndex.Inputs(
                    v.get("le_f"), v.get("le_m"), v.get("eys_f"), v.get("eys_m"), v.get("mys_f"), v.get("mys_m"),
                    v.get("gni_pc_f"), v.get("gni_pc_m")));
            return Computation.of(outcome, r -> r.gdi(), r -> components("hdi_f", r.hdiF(), "hdi_m", r.hdiM(),
                    "gdi_group", r.group()));
        }
    },
    HDI_F(HumanDevelopmentBySex.METHOD, hdrInputs(HumanDevelopmentBySex.Inputs.names(Sex.FEMALE)), new Source("hdi", "F")) {
        @Override
        Computation compute(Map<String, Double> v) {
            return hdi(Sex.FEMALE, v);
        }
    },
    HDI_M(HumanDevelopmentBySex.METHOD, hdrInputs(HumanDevelopmentBySex.Inputs.names(Sex.MALE)), new Source("hdi", "M")) {
        @Override
        Computation compute(Map<String, Double> v) {
            return hdi(Sex.MALE, v);
        }
    },
    // the overall GGGI and its sub-indices: compute() below
    GGGI(null, "gggi"),
    GGGI_ECONOMIC(SubIndex.ECONOMIC_PARTICIPATION_AND_OPPORTUNITY, "gggi_economic"),
    GGGI_EDUCATION(SubIndex.EDUCATIONAL_ATTAINMENT, "gggi_education"),
    GGGI_HEALTH(SubIndex.HEALTH_AND_SURVIVAL, "gggi_health"),
    GGGI_POLITICAL(SubIndex.POLITICAL_EMPOWERMENT, "gggi_political"),
    PAY_GAP_MEAN(PayGap.MEAN, inputs("women", "wage_monthly", "F", "men", "wage_monthly", "M"), new Source("pay_gap", "T")) {
        @Override
        Computation compute(Map<String, Double> v) {
            Outcome<PayGap.Result> outcome = PayGap.compute(new PayGap.Inputs(PayGap.Statistic.MEAN, v.get("women"),
                    v.get("men"), null, "wage_monthly"));
            return Computation.of(outcome, PayGap.Result::gapPercent,
                    r -> components("women_pct_of_men", r.womenAsPercentOfMen()));
        }
    },
    /** OECD-style, from median wages; no published figure is stored for it. */
    PAY_GAP_MEDIAN(PayGap.MEDIAN, inputs("women", "wage_monthly_median", "F", "men", "wage_monthly_median", "M"), null) {
        @Override
        Computation compute(Map<String, Double> v) {
            Outcome<PayGap.Result> outcome = PayGap.compute(new PayGap.Inputs(PayGap.Statistic.MEDIAN, v.get("women"),
                    v.get("men"), null, "wage_monthly_median"));
            return Computation.of(outcome, PayGap.Result::gapPercent,
                    r -> components("women_pct_of_men", r.womenAsPercentOfMen()));
        }
    },
    WOMEN_SHARE_MAZHILIS(Representation.METHOD, seats("mazhilis_seats"), new Source("mazhilis_women_share", "T")) {
        @Override
        Computation compute(Map<String, Double> v) {
            return representation("mazhilis", v);
        }
    },
    /** The Senate: elected by the maslikhats and appointed by the President; no published share is stored. */
    WOMEN_SHARE_SENATE(Representation.METHOD, seats("senate_seats"), null) {
        @Override
        Computation compute(Map<String, Double> v) {
            return representation("senate", v);
        }
    },
    /** The maslikhats of all levels (regional, city and district) together. */
    WOMEN_SHARE_MASLIKHAT(Representation.METHOD, seats("maslikhat_seats"), new Source("maslikhat_women_share", "T")) {
        @Override
        Computation compute(Map<String, Double> v) {
            return representation("maslikhat", v);
        }
    };

    /** A stored value: catalogue code and sex. */
    record Source(String indicator, String sex) {
    }

    /** What the method gave: the value ({@code null} if not computable), components, missing and out-of-range inputs. */
    record Computation(Double value, Map<String, Object> components, List<String> missing, List<String> outOfRange) {

        static <R> Computation of(Outcome<R> outcome, java.util.function.ToDoubleFunction<R> value,
                                  Function<R, Map<String, Object>> components) {
            if (outcome instanceof Outcome.NotComputable<R> not) {
                return new Computation(null, Map.of(), not.missing(), not.outOfRange());
            }
            R result = outcome.orElseThrow();
            return new Computation(value.applyAsDouble(result), components.apply(result), List.of(), List.of());
        }
    }

    private final IndexMethod method;
    private final Map<String, Source> inputs;
    private final Source published;
    /** For the GGGI constants: the sub-index, or {@code null} for the overall index. */
    private final SubIndex subIndex;

    IndexDefinition(IndexMethod method, Map<String, Source> inputs, Source published) {
        this.method = method;
        this.inputs = inputs;
        this.published = published;
        this.subIndex = null;
    }

    /** The overall GGGI ({@code subIndex} null) or a sub-index, with the published figure's catalogue code. */
    IndexDefinition(SubIndex subIndex, String published) {
        this.method = GlobalGenderGapIndex.METHOD;
        this.inputs = gggiInputs();
        this.published = new Source(published, "T");
        this.subIndex = subIndex;
    }

    IndexMethod method() {
        return method;
    }

    /** Input name → stored value, in the method's order. */
    Map<String, Source> inputs() {
        return inputs;
    }

    /** The stored value that is the source's own published figure, or {@code null} when the store has none. */
    Source published() {
        return published;
    }

    /** The catalogue codes this index reads (inputs and the published figure). */
    List<String> indicators() {
        List<String> codes = new ArrayList<>(inputs.values().stream().map(Source::indicator).distinct().toList());
        if (published != null && !codes.contains(published.indicator())) {
            codes.add(published.indicator());
        }
        return codes;
    }

    /** The value from the inputs by name ({@code null} or absent = missing); the GGGI's unless overridden. */
    Computation compute(Map<String, Double> values) {
        return gggi(subIndex, values);
    }

    /** Women's share of a body's seats, from whole numbers of seats held by women and of all seats. */
    private static Computation representation(String body, Map<String, Double> v) {
        List<String> notWhole = new ArrayList<>();
        Integer women = whole(v.get("women"), "women", notWhole);
        Integer seats = whole(v.get("seats"), "seats", notWhole);
        if (!notWhole.isEmpty()) {
            return new Computation(null, Map.of(), List.of(), notWhole);
        }
        Outcome<Representation.Result> outcome = Representation.compute(
                new Representation.Inputs(body, java.time.LocalDate.EPOCH, women, seats));
        return Computation.of(outcome, Representation.Result::percent, r -> components("share", r.share()));
    }

    /** A body's seats held by women and all its seats: one catalogue entry, by sex F and T. */
    private static Map<String, Source> seats(String indicator) {
        return inputs("women", indicator, "F", "seats", indicator, "T");
    }

    private static Computation hdi(Sex sex, Map<String, Double> v) {
        List<String> names = HumanDevelopmentBySex.Inputs.names(sex);
        Outcome<HumanDevelopmentBySex.Result> outcome = HumanDevelopmentBySex.compute(new HumanDevelopmentBySex.Inputs(
                sex, v.get(names.get(0)), v.get(names.get(1)), v.get(names.get(2)), v.get(names.get(3))));
        return Computation.of(outcome, HumanDevelopmentBySex.Result::hdi, r -> components(
                "life_expectancy_index", r.lifeExpectancyIndex(), "education_index", r.educationIndex(),
                "income_index", r.incomeIndex()));
    }

    /** The overall GGGI ({@code subIndex} null) or one sub-index, under WEF's coverage rule. */
    private static Computation gggi(SubIndex subIndex, Map<String, Double> v) {
        Map<Indicator, Double> ratios = new EnumMap<>(Indicator.class);
        List<String> absent = new ArrayList<>();
        for (Indicator indicator : Indicator.values()) {
            Double ratio = v.get(Gggi.CODES.get(indicator));
            if (ratio == null) {
                absent.add(Gggi.CODES.get(indicator));
            } else {
                ratios.put(indicator, ratio);
            }
        }
        List<String> own = subIndex == null ? absent
                : absent.stream().filter(code -> indicatorOf(code).subIndex() == subIndex).toList();
        if (ratios.size() < GlobalGenderGapIndex.MINIMUM_INDICATORS) {
            return new Computation(null, Map.of(), absent, List.of());
        }
        GlobalGenderGapIndex.Inputs in = new GlobalGenderGapIndex.Inputs(ratios);
        if (subIndex != null) {
            Outcome<Double> score = GlobalGenderGapIndex.subIndex(subIndex, in);
            if (score instanceof Outcome.NotComputable<Double>) {
                return new Computation(null, Map.of(), own, List.of());
            }
            return new Computation(score.orElseThrow(), weights(subIndex, ratios.keySet()), own, List.of());
        }
        Outcome<GlobalGenderGapIndex.Result> outcome = GlobalGenderGapIndex.compute(in);
        if (outcome instanceof Outcome.NotComputable<GlobalGenderGapIndex.Result> not) {
            return new Computation(null, Map.of(), codes(not.missing()), List.of());
        }
        GlobalGenderGapIndex.Result result = outcome.orElseThrow();
        Map<String, Object> components = new LinkedHashMap<>();
        result.subIndices().forEach((s, score) -> components.put(Gggi.SUB_INDICES.get(s), score));
        return new Computation(result.overall(), components, own, List.of());
    }

    /** The weights a sub-index used, re-scaled over its indicators present. */
    private static Map<String, Object> weights(SubIndex subIndex, java.util.Set<Indicator> present) {
        double sum = Arrays.stream(Indicator.values()).filter(i -> i.subIndex() == subIndex && present.contains(i))
                .mapToDouble(Indicator::weight).sum();
        Map<String, Object> weights = new LinkedHashMap<>();
        for (Indicator indicator : Indicator.values()) {
            if (indicator.subIndex() == subIndex && present.contains(indicator)) {
                weights.put("weight_" + Gggi.CODES.get(indicator), indicator.weight() / sum);
            }
        }
        return weights;
    }

    private static Indicator indicatorOf(String code) {
        return Gggi.BY_CODE.get(code);
    }

    private static List<String> codes(List<String> indicatorNames) {
        return indicatorNames.stream().map(name -> Gggi.CODES.get(Indicator.valueOf(name))).toList();
    }

    private static Integer whole(Double value, String name, List<String> problems) {
        if (value == null) {
            return null;
        }
        if (value != Math.rint(value) || value > Integer.MAX_VALUE) {
            problems.add(name + " (" + value + " is not a whole number of seats)");
            return null;
        }
        return value.intValue();
    }

    private static Map<String, Object> components(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    /** The HDR variable names ({@code se_f}, {@code gni_pc_m}, {@code mmr}) as stored values. */
    private static Map<String, Source> hdrInputs(List<String> names) {
        Map<String, Source> map = new LinkedHashMap<>();
        for (String name : names) {
            String sex = name.endsWith("_f") ? "F" : name.endsWith("_m") ? "M" : "T";
            String base = sex.equals("T") ? name : name.substring(0, name.length() - 2);
            map.put(name, new Source(base.equals("gni_pc") ? "gnipc" : base, sex));
        }
        return map;
    }

    private static Map<String, Source> inputs(String... nameCodeSex) {
        Map<String, Source> map = new LinkedHashMap<>();
        for (int i = 0; i < nameCodeSex.length; i += 3) {
            map.put(nameCodeSex[i], new Source(nameCodeSex[i + 1], nameCodeSex[i + 2]));
        }
        return map;
    }

    /** GGGI rows read all 14 indicators (the coverage rule needs them); the input names are the catalogue codes. */
    private static Map<String, Source> gggiInputs() {
        Map<String, Source> map = new LinkedHashMap<>();
        for (Indicator indicator : Indicator.values()) {
            map.put(Gggi.CODES.get(indicator), new Source(Gggi.CODES.get(indicator), "T"));
        }
        return map;
    }

    /** The catalogue codes of the 14 WEF indicator scores and the sub-index names. */
    static final class Gggi {

        static final Map<Indicator, String> CODES = Arrays.stream(Indicator.values())
                .collect(java.util.stream.Collectors.toMap(i -> i, Indicator::code, (a, b) -> a,
                        () -> new EnumMap<>(Indicator.class)));
        static final Map<String, Indicator> BY_CODE = Arrays.stream(Indicator.values())
                .collect(java.util.stream.Collectors.toMap(Indicator::code, i -> i));
        static final Map<SubIndex, String> SUB_INDICES = Arrays.stream(SubIndex.values())
                .collect(java.util.stream.Collectors.toMap(i -> i, SubIndex::code, (a, b) -> a,
                        () -> new EnumMap<>(SubIndex.class)));

        private Gggi() {
        }
    }
}
