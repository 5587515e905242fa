package kz.tendik.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Women's representation in an elected or appointed body (Mazhilis, Senate, maslikhats, akims, ministers): women
 * over all seats, for the composition in effect from a date. SDG indicator 5.5.1 for parliaments.
 */
public final class Representation {

    public static final IndexMethod METHOD = new IndexMethod("share-of-women", "1",
            "women / all seats of the body (SDG 5.5.1a for national parliaments, IPU)");

    private Representation() {
    }

    /**
     * @param body          the body ({@code mazhilis}, {@code senate}, ...)
     * @param effectiveFrom the date from which this composition holds
     * @param women         seats held by women
     * @param seats         all seats filled
     */
    public record Inputs(String body, LocalDate effectiveFrom, Integer women, Integer seats) {

        public Inputs {
            Objects.requireNonNull(body, "body");
            if (women != null && women < 0 || seats != null && seats < 0) {
                throw new IllegalArgumentException("seat counts cannot be negative: women " + women + ", seats " + seats);
            }
        }
    }

    /** @param share women / seats (0–1); {@link #percent()} is the same × 100 */
    public record Result(Inputs inputs, IndexMethod method, double share) {

        public double percent() {
            return share * 100;
        }
    }

    public static Outcome<Result> compute(Inputs in) {
        List<String> missing = new ArrayList<>();
        if (in.effectiveFrom() == null) {
            missing.add("effective_from");
        }
        if (in.women() == null) {
            missing.add("women");
        }
        if (in.seats() == null) {
            missing.add("seats");
        }
        List<String> outOfRange = new ArrayList<>();
        if (in.seats() != null && in.seats() == 0) {
            outOfRange.add("seats (0: a body without seats has no share)");
        } else if (in.women() != null && in.seats() != null && in.women() > in.seats()) {
            outOfRange.add("women (" + in.women() + " is more than the " + in.seats() + " seats)");
        }
        if (!missing.isEmpty() || !outOfRange.isEmpty()) {
            return new Outcome.NotComputable<>(METHOD, missing, outOfRange);
        }
        return new Outcome.Computed<>(new Result(in, METHOD, (double) in.women() / in.seats()), METHOD);
    }
}
