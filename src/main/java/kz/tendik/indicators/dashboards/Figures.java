package kz.tendik.indicators.dashboards;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import kz.tendik.directory.Regions;
import kz.tendik.indicators.store.Catalogue;
import kz.tendik.indicators.store.Indicator;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The dashboards' figures, built from the stored values and index series: Kazakhstan over time, Kazakhstan beside its
 * Central Asian neighbours and chosen peers, a country's profile, and Kazakhstan's regions.
 */
@Component
class Figures {

    /** One line of a figure: the message key of its label, where its values come from, and their inputs. */
    private record Line(String labelKey, String indexCode, String component, String indicator, String sex) {

        /** Recomputed here from the stored inputs. */
        static Line index(String labelKey, String indexCode) {
            return new Line(labelKey, indexCode, null, null, null);
        }

        /** A component of the recomputed result (e.g. women's pay as % of men's, beside the gap). */
        static Line component(String labelKey, String indexCode, String component) {
            return new Line(labelKey, indexCode, component, null, null);
        }

        /** A value stored as its source published it. */
        static Line stored(String labelKey, String indicator, String sex) {
            return new Line(labelKey, null, null, indicator, sex);
        }
    }

    /** What a figure is made of, apart from its place: title, unit, decimals, inputs and method. */
    private record Spec(String id, String titleKey, String unitKey, int decimals, List<String> inputs, String methodKey,
                        List<Line> lines) {
    }

    private static final List<String> GII_INPUTS = List.of("mmr", "abr", "se", "pr", "lfpr");
    private static final List<String> GDI_INPUTS = List.of("le", "eys", "mys", "gnipc");
    private static final List<String> GGGI_INPUTS = List.of("gggi_lfpr", "gggi_wage", "gggi_income", "gggi_managers",
            "gggi_professional", "gggi_literacy", "gggi_primary", "gggi_secondary", "gggi_tertiary", "gggi_srb",
            "gggi_hle", "gggi_parliament", "gggi_ministers", "gggi_head_of_state");

    static final Spec GII = new Spec("gii", "dash.chart.gii", "indicators.unit.index", 3, GII_INPUTS, "dash.method.gii",
            List.of(Line.index("dash.series.gii", "GII")));
    static final Spec GDI = new Spec("gdi", "dash.chart.gdi", "indicators.unit.ratio", 3, GDI_INPUTS, "dash.method.gdi",
            List.of(Line.index("dash.series.gdi", "GDI")));
    static final Spec GGGI = new Spec("gggi", "dash.chart.gggi", "indicators.unit.score", 3, GGGI_INPUTS,
            "dash.method.gggi", List.of(Line.stored("dash.series.gggi", "gggi", "T"),
            Line.stored("dash.series.gggi.economic", "gggi_economic", "T"),
            Line.stored("dash.series.gggi.education", "gggi_education", "T"),
            Line.stored("dash.series.gggi.health", "gggi_health", "T"),
            Line.stored("dash.series.gggi.political", "gggi_political", "T"),
            Line.index("dash.series.gggi.recomputed", "GGGI")));
    static final Spec PAY = new Spec("pay", "dash.chart.pay", "indicators.unit.percent", 1,
            List.of("wage_monthly", "pay_gap", "women_pay_share"), "dash.method.pay",
            List.of(Line.index("dash.series.payGap", "PAY_GAP_MEAN"),
                    Line.component("dash.series.payShare", "PAY_GAP_MEAN", "women_pct_of_men")));
    static final Spec SEATS = new Spec("seats", "dash.chart.seats", "indicators.unit.percent", 1,
            List.of("mazhilis_seats", "mazhilis_women_share", "senate_seats", "maslikhat_seats", "maslikhat_women_share",
                    "pr"), "dash.method.seats",
            List.of(Line.index("dash.series.mazhilis", "WOMEN_SHARE_MAZHILIS"),
                    Line.index("dash.series.senate", "WOMEN_SHARE_SENATE"),
                    Line.index("dash.series.maslikhat", "WOMEN_SHARE_MASLIKHAT"),
                    Line.stored("dash.series.parliament", "pr", "F")));
    static final Spec LABOUR = new Spec("labour", "dash.chart.labour", "indicators.unit.percent", 1,
            List.of("lfpr", "se", "pr"), "dash.method.stored",
            List.of(Line.stored("dash.series.lfprF", "lfpr", "F"), Line.stored("dash.series.lfprM", "lfpr", "M"),
                    Line.stored("dash.series.seF", "se", "F"), Line.stored("dash.series.seM", "se", "M"),
                    Line.stored("dash.series.parliament", "pr", "F")));
    static final Spec INDICES = new Spec("indices", "dash.chart.indices", "indicators.unit.index", 3,
            List.of("gii", "gdi", "gggi"), "dash.method.indices", List.of(Line.index("dash.series.gii", "GII"),
            Line.index("dash.series.gdi", "GDI"), Line.stored("dash.series.gggi", "gggi", "T")));
    /** The figures of Kazakhstan over time. */
    static final List<Spec> KAZAKHSTAN = List.of(GII, GDI, GGGI, PAY, SEATS);
    /** The figures compared between countries (one line per country). */
    static final List<Spec> COMPARED = List.of(GII, GDI, GGGI);

    private final IndexSeries indices;
    private final DashboardQueries queries;
    private final Catalogue catalogue;
    private final Regions regions;
    private final MessageSource messages;

    Figures(IndexSeries indices, DashboardQueries queries, Catalogue catalogue, Regions regions, MessageSource messages) {
        this.indices = indices;
        this.queries = queries;
        this.catalogue = catalogue;
        this.regions = regions;
        this.messages = messages;
    }

    /** Kazakhstan over time: GII, GDI, GGGI with its sub-indices, the pay gap, and women's seats. */
    List<Chart> kazakhstan(Locale locale) {
        return KAZAKHSTAN.stream().map(spec -> overTime("kz-", spec, Countries.KAZAKHSTAN, locale,
                text("dash.kazakhstan", locale))).toList();
    }

    /** GII, GDI and GGGI of Kazakhstan, its neighbours and the peers, one line per country. */
    List<Chart> neighbours(List<String> peers, Locale locale) {
        List<String> countries = new ArrayList<>();
        countries.add(Countries.KAZAKHSTAN);
        countries.addAll(Countries.NEIGHBOURS);
        peers.stream().filter(p -> !countries.contains(p)).forEach(countries::add);
        List<Chart> charts = new ArrayList<>();
        for (Spec spec : COMPARED) {
            Line line = spec.lines().get(0);
            String indexCode = line.indexCode();
            Map<String, Map<Integer, Double>> byCountry = indexCode != null ? indices.series(indexCode, countries)
                    : queries.yearly(line.indicator(), line.sex(), countries);
            List<Integer> years = years(byCountry.values());
            List<Chart.Series> series = countries.stream().map(c -> new Chart.Series(Countries.name(c, locale),
                    values(byCountry.get(c), years))).toList();
            charts.add(chart("cmp-" + spec.id(), text("dash.chart.compared." + spec.id(), locale), "line", spec,
                    text("dash.year", locale), labels(years), series,
                    indexCode == null ? List.of() : indices.methodVersions(indexCode, countries), locale));
        }
        return charts;
    }

    /** A country's indices over time, and its women's and men's labour, education and parliament figures. */
    List<Chart> country(String code, Locale locale) {
        String name = Countries.name(code, locale);
        return List.of(overTime("country-", INDICES, code, locale, name), overTime("country-", LABOUR, code, locale, name));
    }

    /** The countries with data, ordered by name in the locale. */
    List<String> countries(Locale locale) {
        return Countries.byName(queries.countries(), locale);
    }

    /** The indicators and periods with regional values (newest period first for each indicator). */
    List<DashboardQueries.RegionalPeriod> regionalPeriods() {
        return queries.regionalPeriods();
    }

    /** An indicator's values in one period across Kazakhstan's regions, one bar per sex that has values. */
    Optional<Chart> regions(String code, String period, Locale locale) {
        Optional<Indicator> indicator = catalogue.find(code);
        if (indicator.isEmpty()) {
            return Optional.empty();
        }
        List<DashboardQueries.RegionalValue> values = queries.regional(code, period);
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<String> places = values.stream().map(DashboardQueries.RegionalValue::geo).distinct().toList();
        List<String> sexes = values.stream().map(DashboardQueries.RegionalValue::sex).distinct().sorted().toList();
        List<Chart.Series> series = new ArrayList<>();
        for (String sex : sexes) {
            List<Double> column = new ArrayList<>();
            for (String place : places) {
                column.add(values.stream().filter(v -> v.geo().equals(place) && v.sex().equals(sex)).findFirst()
                        .map(DashboardQueries.RegionalValue::value).orElse(null));
            }
            series.add(new Chart.Series(text("indicators.sex." + sex, locale), column));
        }
        Indicator i = indicator.get();
        String unitKey = "indicators.unit." + i.unit();
        Spec spec = new Spec("regions", null, unitKey, decimals(i.unit()), List.of(code), "dash.method.stored", List.of());
        return Optional.of(chart("regions", text("dash.chart.regions", locale, i.name(locale), period), "bar", spec,
                text("dash.region", locale), places.stream().map(p -> regions.name(p, locale)).toList(), series,
                List.of(), locale));
    }

    private Chart overTime(String prefix, Spec spec, String geo, Locale locale, String place) {
        List<Map<Integer, Double>> lines = spec.lines().stream().map(line -> line.indexCode() == null
                ? queries.yearly(line.indicator(), line.sex(), geo)
                : line.component() == null ? indices.series(line.indexCode(), geo)
                : indices.component(line.indexCode(), geo, line.component())).toList();
        List<Integer> years = years(lines);
        List<Chart.Series> series = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            series.add(new Chart.Series(text(spec.lines().get(i).labelKey(), locale), values(lines.get(i), years)));
        }
        List<String> versions = spec.lines().stream().filter(l -> l.indexCode() != null).map(Line::indexCode).distinct()
                .flatMap(code -> indices.methodVersions(code, List.of(geo)).stream()).distinct().toList();
        return chart(prefix + spec.id(), text(spec.titleKey(), locale, place), "line", spec, text("dash.year", locale),
                labels(years), series, versions, locale);
    }

    private Chart chart(String id, String title, String kind, Spec spec, String categoryHeader, List<String> categories,
                        List<Chart.Series> series, List<String> versions, Locale locale) {
        List<Indicator> inputs = spec.inputs().stream().map(catalogue::find).flatMap(Optional::stream).toList();
        List<String> sources = inputs.stream().map(Indicator::source).distinct().toList();
        Map<String, String> sourceUrls = new java.util.LinkedHashMap<>();
        inputs.stream().filter(i -> i.sourceUrl() != null).forEach(i -> sourceUrls.putIfAbsent(i.source(), i.sourceUrl()));
        return new Chart(id, title, kind, spec.unitKey(), spec.decimals(), categoryHeader, categories, series,
                spec.inputs(), sources, spec.methodKey(), versions, Map.copyOf(sourceUrls));
    }

    private static List<Integer> years(Collection<Map<Integer, Double>> series) {
        TreeSet<Integer> years = new TreeSet<>();
        series.forEach(s -> years.addAll(s.keySet()));
        return List.copyOf(years);
    }

    private static List<Double> values(Map<Integer, Double> series, List<Integer> years) {
        List<Double> values = new ArrayList<>(years.size());
        years.forEach(y -> values.add(series.get(y)));
        return values;
    }

    private static List<String> labels(List<Integer> years) {
        return years.stream().map(String::valueOf).toList();
    }

    private static int decimals(String unit) {
        return switch (unit) {
            case "index", "ratio", "score" -> 3;
            case "tenge", "seats" -> 0;
            default -> 1;
        };
    }

    /**
     * The figure with this id as the page showing it draws it ({@code kz-gii}, {@code cmp-gdi}, {@code country-indices},
     * {@code regions}...), for the downloads; empty when there is no such figure.
     */
    Optional<Chart> byId(String id, FigureChoice choice, Locale locale) {
        List<Chart> charts;
        if (id.startsWith("kz-")) {
            charts = kazakhstan(locale);
        } else if (id.startsWith("cmp-")) {
            charts = neighbours(choice.peers(), locale);
        } else if (id.startsWith("country-")) {
            charts = country(choice.country(), locale);
        } else if (id.equals("regions")) {
            return regions(choice.indicator(), choice.period(), locale);
        } else {
            return Optional.empty();
        }
        return charts.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Inputs named once each, in the catalogue's words. */
    List<Indicator> inputs(Chart chart) {
        return new LinkedHashSet<>(chart.inputs()).stream().map(catalogue::find).flatMap(Optional::stream).toList();
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
