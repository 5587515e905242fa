package kz.tendik.indicators.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import kz.tendik.indicators.GenderDevelopmentIndex;
import kz.tendik.indicators.GenderInequalityIndex;
import kz.tendik.indicators.GlobalGenderGapIndex;
import kz.tendik.indicators.IndexMethod;
import kz.tendik.indicators.Outcome;

/**
 * An index the {@code indices} command and {@code POST /api/v1/indices/{index}} compute: the input columns it
 * reads and the columns it writes.
 * <ul>
 * <li>GII: {@code mmr,abr,se_f,se_m,pr_f,pr_m,lfpr_f,lfpr_m} (units of the HDR file) →
 * {@code gii,health_f,emp_f,emp_m,g_f,g_m,harm,gbar}</li>
 * <li>GDI: {@code le_f,le_m,eys_f,eys_m,mys_f,mys_m,gni_pc_f,gni_pc_m} → {@code hdi_f,hdi_m,gdi,gdi_group}</li>
 * <li>GGGI: the 14 female-to-male ratios under their catalogue codes ({@code gggi_lfpr, gggi_wage} (the wage
 * survey answer already divided by 7), {@code gggi_income, gggi_managers, gggi_professional, gggi_literacy,
 * gggi_primary, gggi_secondary, gggi_tertiary, gggi_srb, gggi_hle, gggi_parliament, gggi_ministers,
 * gggi_head_of_state}), before or after truncation at the benchmark → {@code gggi,economic,education,health,
 * political}; empty when fewer than 12 of the 14 are given (WEF's coverage rule)</li>
 * </ul>
 */
public enum IndexTable {

    GII(GenderInequalityIndex.METHOD, GenderInequalityIndex.Inputs.NAMES,
            List.of("gii", "health_f", "emp_f", "emp_m", "g_f", "g_m", "harm", "gbar")) {
        @Override
        Outcome<List<String>> compute(Double[] v) {
            Outcome<GenderInequalityIndex.Result> outcome = GenderInequalityIndex.compute(
                    new GenderInequalityIndex.Inputs(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]));
            return map(outcome, r -> List.of(plain(r.gii()), plain(r.healthF()), plain(r.empF()), plain(r.empM()),
                    plain(r.gF()), plain(r.gM()), plain(r.harm()), plain(r.gbar())));
        }
    },
    GDI(GenderDevelopmentIndex.METHOD, GenderDevelopmentIndex.Inputs.NAMES, List.of("hdi_f", "hdi_m", "gdi", "gdi_group")) {
        @Override
        Outcome<List<String>> compute(Double[] v) {
            Outcome<GenderDevelopmentIndex.Result> outcome = GenderDevelopmentIndex.compute(
                    new GenderDevelopmentIndex.Inputs(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]));
            return map(outcome, r -> List.of(plain(r.hdiF()), plain(r.hdiM()), plain(r.gdi()), Integer.toString(r.group())));
        }
    },
    GGGI(GlobalGenderGapIndex.METHOD,
            Arrays.stream(GlobalGenderGapIndex.Indicator.values()).map(GlobalGenderGapIndex.Indicator::code).toList(),
            List.of("gggi", "economic", "education", "health", "political")) {
        @Override
        Outcome<List<String>> compute(Double[] v) {
            Map<GlobalGenderGapIndex.Indicator, Double> ratios = new EnumMap<>(GlobalGenderGapIndex.Indicator.class);
            for (GlobalGenderGapIndex.Indicator indicator : GlobalGenderGapIndex.Indicator.values()) {
                ratios.put(indicator, v[indicator.ordinal()]);
            }
            Outcome<GlobalGenderGapIndex.Result> outcome = GlobalGenderGapIndex.computeCovered(
                    new GlobalGenderGapIndex.Inputs(ratios));
            if (outcome instanceof Outcome.NotComputable<GlobalGenderGapIndex.Result> not) {
                // the input columns' names rather than the method's enum names
                return new Outcome.NotComputable<>(not.method(), not.missing().stream()
                        .map(name -> GlobalGenderGapIndex.Indicator.valueOf(name).code()).toList(), not.outOfRange());
            }
            return map(outcome, r -> {
                List<String> cells = new ArrayList<>(List.of(plain(r.overall())));
                for (GlobalGenderGapIndex.SubIndex subIndex : GlobalGenderGapIndex.SubIndex.values()) {
                    cells.add(plain(r.subIndices().get(subIndex)));
                }
                return cells;
            });
        }
    };

    /** Columns every input has and every output repeats. */
    public static final List<String> KEYS = List.of("country", "year");

    /** One row's result: the output cells (keys, then results, empty when not computable) and why not. */
    public record Computed(List<String> cells, boolean computable, List<String> missing, List<String> outOfRange) {
    }

    private final IndexMethod method;
    private final List<String> inputs;
    private final List<String> results;

    IndexTable(IndexMethod method, List<String> inputs, List<String> results) {
        this.method = method;
        this.inputs = inputs;
        this.results = results;
    }

    public IndexMethod method() {
        return method;
    }

    /** The numeric input columns, in the order {@link #compute} takes them. */
    public List<String> inputs() {
        return inputs;
    }

    public List<String> results() {
        return results;
    }

    /** Every column an input must have: the keys, then the inputs. */
    public List<String> columns() {
        List<String> columns = new ArrayList<>(KEYS);
        columns.addAll(inputs);
        return columns;
    }

    public List<String> outputHeader() {
        List<String> header = new ArrayList<>(KEYS);
        header.addAll(results);
        return header;
    }

    /** The output row for a checked input row. */
    public Computed row(InputFile.Row row) {
        Outcome<List<String>> outcome = compute(row.values());
        List<String> cells = new ArrayList<>(List.of(row.country(), row.year()));
        if (outcome instanceof Outcome.NotComputable<List<String>> not) {
            results.forEach(c -> cells.add(""));
            return new Computed(cells, false, not.missing(), not.outOfRange());
        }
        cells.addAll(outcome.orElseThrow());
        return new Computed(cells, true, List.of(), List.of());
    }

    /** The result cells, or why not; {@code values} are the {@link #inputs()} in order, {@code null} if empty. */
    abstract Outcome<List<String>> compute(Double[] values);

    private static <R> Outcome<List<String>> map(Outcome<R> outcome, java.util.function.Function<R, List<String>> cells) {
        if (outcome instanceof Outcome.NotComputable<R> not) {
            return new Outcome.NotComputable<>(not.method(), not.missing(), not.outOfRange());
        }
        return new Outcome.Computed<>(cells.apply(outcome.orElseThrow()), outcome.method());
    }

    /** Unrounded, without exponent: the shortest decimal that reads back as the same double. */
    static String plain(double value) {
        return BigDecimal.valueOf(value).toPlainString();
    }
}
