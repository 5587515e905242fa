package kz.tendik.indicators.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import kz.tendik.indicators.GenderDevelopmentIndex;
import kz.tendik.indicators.GenderInequalityIndex;
import kz.tendik.indicators.IndexMethod;
import kz.tendik.indicators.Outcome;

/** An index the {@code indices} command computes: the input columns it reads and the columns it writes. */
enum IndexTable {

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
    };

    /** Columns every input has and every output repeats. */
    static final List<String> KEYS = List.of("country", "year");

    private final IndexMethod method;
    private final List<String> inputs;
    private final List<String> results;

    IndexTable(IndexMethod method, List<String> inputs, List<String> results) {
        this.method = method;
        this.inputs = inputs;
        this.results = results;
    }

    IndexMethod method() {
        return method;
    }

    /** The numeric input columns, in the order {@link #compute} takes them. */
    List<String> inputs() {
        return inputs;
    }

    List<String> results() {
        return results;
    }

    List<String> outputHeader() {
        List<String> header = new ArrayList<>(KEYS);
        header.addAll(results);
        return header;
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
