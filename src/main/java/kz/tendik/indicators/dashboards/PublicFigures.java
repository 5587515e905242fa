package kz.tendik.indicators.dashboards;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import kz.tendik.identity.Action;
import kz.tendik.identity.Requires;
import kz.tendik.portal.PortalPage;
import kz.tendik.shared.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The published figures on the public portal, without sign-in: Kazakhstan over time, beside its neighbours, and by
 * region. Charts are drawn on the server as SVG above their tables, so the pages need no script, stay light and work
 * on any phone; each figure's data downloads as CSV.
 */
@Controller
@PortalPage
@RequestMapping("/help/data")
class PublicFigures {

    private final Figures figures;
    private final ChartFiles files;
    private final Numbers numbers;

    PublicFigures(Figures figures, ChartFiles files, Numbers numbers) {
        this.figures = figures;
        this.files = files;
        this.numbers = numbers;
    }

    @GetMapping
    @Requires(Action.PUBLIC)
    String kazakhstan(Model model, Locale locale) {
        return page(model, "kazakhstan", figures.kazakhstan(locale), regional(null, null), locale);
    }

    @GetMapping("/neighbours")
    @Requires(Action.PUBLIC)
    String neighbours(Model model, Locale locale) {
        return page(model, "neighbours", figures.neighbours(List.of(), locale), regional(null, null), locale);
    }

    @GetMapping("/regions")
    @Requires(Action.PUBLIC)
    String regions(@RequestParam(name = "indicator", required = false) String indicator,
                   @RequestParam(name = "period", required = false) String period, Model model, Locale locale) {
        FigureChoice choice = regional(indicator, period);
        model.addAttribute("regional", figures.regionalPeriods());
        List<Chart> charts = choice.indicator() == null ? List.of()
                : figures.regions(choice.indicator(), choice.period(), locale).stream().toList();
        return page(model, "regions", charts, choice, locale);
    }

    @GetMapping("/{chart:[a-z-]+}.csv")
    @Requires(Action.PUBLIC)
    ResponseEntity<byte[]> csv(@PathVariable String chart, @RequestParam(name = "indicator", required = false) String indicator,
                               @RequestParam(name = "period", required = false) String period, Locale locale) {
        if (chart.startsWith("country-")) {
            throw new NotFoundException();
        }
        return files.csv(figures.byId(chart, regional(indicator, period), locale).orElseThrow(NotFoundException::new));
    }

    private FigureChoice regional(String indicator, String period) {
        return FigureChoice.checked(null, null, indicator, period, List.of(Countries.KAZAKHSTAN), figures.regionalPeriods());
    }

    private String page(Model model, String view, List<Chart> charts, FigureChoice choice, Locale locale) {
        model.addAttribute("view", view);
        model.addAttribute("choice", choice);
        model.addAttribute("charts", charts);
        model.addAttribute("svg", charts.stream().map(c -> SvgChart.of(c, numbers, locale)).toList());
        model.addAttribute("inputs", charts.stream().collect(Collectors.toMap(Chart::id, figures::inputs)));
        return "indicators/public";
    }
}
