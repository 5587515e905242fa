package kz.tendik.indicators.dashboards;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A figure drawn on the server as SVG geometry for the public pages (rendered by {@code indicators/svg.html}): no
 * script and no library, a few kilobytes per figure. Lines for series over years (a dot where a value stands
 * alone, a different dash per series so colour is not the only difference), horizontal bars for regions.
 */
public record SvgChart(int width, int height, List<Tick> ticks, List<Label> labels, List<Line> lines, List<Bar> bars,
                List<Key> keys, int left, int right, int top, int bottom) {

    /** A value on the value axis, where it is and its text. */
    public record Tick(double x1, double y1, double x2, double y2, double textX, double textY, String text) {
        public Tick {
            x1 = r(x1);
            y1 = r(y1);
            x2 = r(x2);
            y2 = r(y2);
            textX = r(textX);
            textY = r(textY);
        }
    }

    /** A category's text (a year below the axis, a region's name left of its bars). */
    public record Label(double x, double y, String text) {
        public Label {
            x = r(x);
            y = r(y);
        }
    }

    /** A series: its colour, dash pattern, polylines (broken where values are missing) and lone points. */
    public record Line(String colour, String dash, List<String> polylines, List<double[]> dots) {
    }

    public record Bar(double x, double y, double width, double height, String colour) {
        public Bar {
            x = r(x);
            y = r(y);
            width = r(width);
        }
    }

    /** The legend entry of a series. */
    public record Key(String colour, String dash, String label) {
    }

    static final List<String> COLOURS = List.of("#1f5fa8", "#b3261e", "#1b7f3b", "#7a4fb0", "#8a5a00", "#006d77",
            "#5c5c5c", "#c2185b", "#3949ab");
    static final List<String> DASHES = List.of("", "6 3", "2 3", "8 3 2 3", "1 2", "10 4", "4 4", "6 2 2 2", "3 6");
    private static final int WIDTH = 640;

    static SvgChart of(Chart chart, Numbers numbers, Locale locale) {
        return chart.kind().equals("bar") ? bars(chart, numbers, locale) : lines(chart, numbers, locale);
    }

    private static SvgChart lines(Chart chart, Numbers numbers, Locale locale) {
        int left = 60;
        int right = WIDTH - 16;
        int top = 12;
        int bottom = 232;
        double[] scale = scale(chart);
        int n = chart.categories().size();
        double step = n > 1 ? (right - left) / (double) (n - 1) : 0;
        List<Tick> ticks = new ArrayList<>();
        for (double v = scale[0]; v <= scale[1] + scale[2] / 2; v += scale[2]) {
            double y = bottom - (v - scale[0]) / (scale[1] - scale[0]) * (bottom - top);
            ticks.add(new Tick(left, y, right, y, left - 6, y + 4, numbers.format(v, tickDecimals(scale[2]), locale)));
        }
        List<Label> labels = new ArrayList<>();
        int every = Math.max(1, (int) Math.ceil(n / 10.0));
        for (int i = 0; i < n; i++) {
            // every few years, and always the last; an earlier one too close to the last is left out
            if (i == n - 1 || i % every == 0 && n - 1 - i >= Math.max(1, every * 0.6)) {
                labels.add(new Label(n > 1 ? left + i * step : (left + right) / 2.0, bottom + 18, chart.categories().get(i)));
            }
        }
        List<Line> lines = new ArrayList<>();
        List<Key> keys = new ArrayList<>();
        for (int s = 0; s < chart.series().size(); s++) {
            Chart.Series series = chart.series().get(s);
            String colour = COLOURS.get(s % COLOURS.size());
            String dash = DASHES.get(s % DASHES.size());
            List<String> polylines = new ArrayList<>();
            List<double[]> dots = new ArrayList<>();
            List<double[]> run = new ArrayList<>();
            for (int i = 0; i <= n; i++) {
                Double v = i < n ? series.values().get(i) : null;
                if (v != null) {
                    double x = n > 1 ? left + i * step : (left + right) / 2.0;
                    run.add(new double[] {x, bottom - (v - scale[0]) / (scale[1] - scale[0]) * (bottom - top)});
                    continue;
                }
                if (run.size() == 1) {
                    dots.add(new double[] {r(run.get(0)[0]), r(run.get(0)[1])});
                } else if (run.size() > 1) {
                    polylines.add(points(run));
                }
                run = new ArrayList<>();
            }
            lines.add(new Line(colour, dash, polylines, dots));
            keys.add(new Key(colour, dash, series.label()));
        }
        return new SvgChart(WIDTH, bottom + 28, ticks, labels, lines, List.of(), keys, left, right, top, bottom);
    }

    private static SvgChart bars(Chart chart, Numbers numbers, Locale locale) {
        int left = 210;
        int right = WIDTH - 16;
        int top = 24;
        int perSeries = 12;
        int group = chart.series().size() * perSeries + 10;
        int bottom = top + group * chart.categories().size();
        double[] scale = scale(chart);
        scale[0] = Math.min(0, scale[0]);
        List<Tick> ticks = new ArrayList<>();
        for (double v = scale[0]; v <= scale[1] + scale[2] / 2; v += scale[2]) {
            double x = left + (v - scale[0]) / (scale[1] - scale[0]) * (right - left);
            ticks.add(new Tick(x, top, x, bottom, x, top - 8, numbers.format(v, tickDecimals(scale[2]), locale)));
        }
        List<Label> labels = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        for (int c = 0; c < chart.categories().size(); c++) {
            double y = top + c * group + 5;
            labels.add(new Label(left - 8, y + group / 2.0, chart.categories().get(c)));
            for (int s = 0; s < chart.series().size(); s++) {
                Double v = chart.series().get(s).values().get(c);
                if (v != null) {
                    double zero = left + (0 - scale[0]) / (scale[1] - scale[0]) * (right - left);
                    double end = left + (v - scale[0]) / (scale[1] - scale[0]) * (right - left);
                    bars.add(new Bar(Math.min(zero, end), y + s * perSeries, Math.abs(end - zero), perSeries - 2,
                            COLOURS.get(s % COLOURS.size())));
                }
            }
        }
        List<Key> keys = new ArrayList<>();
        for (int s = 0; s < chart.series().size(); s++) {
            keys.add(new Key(COLOURS.get(s % COLOURS.size()), "", chart.series().get(s).label()));
        }
        return new SvgChart(WIDTH, bottom + 8, ticks, labels, List.of(), bars, keys, left, right, top, bottom);
    }

    /** A readable value axis: {min, max, step} with round steps (1, 2 or 5 × 10^n). */
    static double[] scale(Chart chart) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Chart.Series s : chart.series()) {
            for (Double v : s.values()) {
                if (v != null) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (lo == Double.POSITIVE_INFINITY) {
            return new double[] {0, 1, 0.25};
        }
        if (lo > 0 && (hi - lo) / hi > 0.5) {
            lo = 0;
        }
        if (hi - lo < 1e-9) {
            double pad = Math.abs(hi) > 1e-9 ? Math.abs(hi) * 0.1 : 1;
            lo -= pad;
            hi += pad;
        }
        double step = nice((hi - lo) / 4);
        double min = Math.floor(lo / step) * step;
        double max = Math.ceil(hi / step) * step;
        return new double[] {min, max, step};
    }

    private static double nice(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }

    private static int tickDecimals(double step) {
        return Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
    }

    private static String points(List<double[]> run) {
        StringBuilder out = new StringBuilder();
        for (double[] p : run) {
            out.append(out.isEmpty() ? "" : " ").append(r(p[0])).append(',').append(r(p[1]));
        }
        return out.toString();
    }

    /** Coordinates to a tenth of a pixel: enough for the eye, and short in the page. */
    static double r(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
