package kz.tendik.indicators.dashboards;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import kz.tendik.identity.Action;
import kz.tendik.identity.Requires;
import jakarta.servlet.http.HttpServletResponse;
import kz.tendik.shared.web.NotFoundException;
import kz.tendik.shared.web.UserInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The analysts' dashboards (Chart.js over a server-rendered table): Kazakhstan over time, beside its neighbours and
 * chosen peers, any country's profile, and Kazakhstan's regions; each figure downloads as CSV and XLSX.
 */
@Controller
@RequestMapping("/indicators/dashboards")
class DashboardPages {

    private final Figures figures;
    private final ChartFiles files;
    private final MessageSource messages;
    private final ChartJson json;

    DashboardPages(Figures figures, ChartFiles files, MessageSource messages, ChartJson json) {
        this.json = json;
        this.figures = figures;
        this.files = files;
        this.messages = messages;
    }

    @GetMapping
    @Requires(Action.INDICATOR_READ)
    String kazakhstan(Model model, Locale locale) {
        return page(model, "kazakhstan", figures.kazakhstan(locale), FigureChoice.checked(null, null, null, null,
                List.of(Countries.KAZAKHSTAN), List.of()));
    }

    @GetMapping("/neighbours")
    @Requires(Action.INDICATOR_READ)
    String neighbours(@RequestParam(name = "peer", required = false) List<String> peers, Model model, Locale locale,
                      HttpServletResponse response) {
        FigureChoice choice;
        try {
            choice = choice(peers, null, null, null);
        } catch (UserInputException invalid) {
            // the page again, without the unknown peers, saying what was wrong next to the list
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("peerErrors", invalid.problems().stream()
                    .map(p -> messages.getMessage(p.messageKey(), p.arguments(), locale)).distinct().toList());
            choice = choice(null, null, null, null);
        }
        model.addAttribute("maxPeers", FigureChoice.MAX_PEERS);
        model.addAttribute("countries", figures.countries(locale));
        return page(model, "neighbours", figures.neighbours(choice.peers(), locale), choice);
    }

    @GetMapping("/country")
    @Requires(Action.INDICATOR_READ)
    String country(@RequestParam(name = "country", required = false) String country, Model model, Locale locale) {
        FigureChoice choice = choice(null, country, null, null);
        model.addAttribute("countries", figures.countries(locale));
        model.addAttribute("countryName", Countries.name(choice.country(), locale));
        return page(model, "country", figures.country(choice.country(), locale), choice);
    }

    @GetMapping("/regions")
    @Requires(Action.INDICATOR_READ)
    String regions(@RequestParam(name = "indicator", required = false) String indicator,
                   @RequestParam(name = "period", required = false) String period, Model model, Locale locale) {
        FigureChoice choice = choice(null, null, indicator, period);
        model.addAttribute("regional", figures.regionalPeriods());
        List<Chart> charts = choice.indicator() == null ? List.of()
                : figures.regions(choice.indicator(), choice.period(), locale).stream().toList();
        return page(model, "regions", charts, choice);
    }

    /** How each figure is made, with the versions of the methods: what a figure's method links to. */
    @GetMapping("/methods")
    @Requires(Action.INDICATOR_READ)
    String methods(Model model) {
        model.addAttribute("sections", Methods.SECTIONS);
        return "indicators/methods";
    }

    @GetMapping("/data/{chart:[a-z-]+}.csv")
    @Requires(Action.INDICATOR_READ)
    ResponseEntity<byte[]> csv(@PathVariable String chart, @RequestParam(name = "peer", required = false) List<String> peers,
                               @RequestParam(name = "country", required = false) String country,
                               @RequestParam(name = "indicator", required = false) String indicator,
                               @RequestParam(name = "period", required = false) String period, Locale locale) {
        return files.csv(find(chart, choice(peers, country, indicator, period), locale));
    }

    @GetMapping("/data/{chart:[a-z-]+}.xlsx")
    @Requires(Action.INDICATOR_READ)
    ResponseEntity<byte[]> xlsx(@PathVariable String chart, @RequestParam(name = "peer", required = false) List<String> peers,
                                @RequestParam(name = "country", required = false) String country,
                                @RequestParam(name = "indicator", required = false) String indicator,
                                @RequestParam(name = "period", required = false) String period, Locale locale) {
        return files.xlsx(find(chart, choice(peers, country, indicator, period), locale), locale);
    }

    /** A download with an unknown peer: a problem detail naming the field, in the reader's language. */
    @ExceptionHandler(UserInputException.class)
    ResponseEntity<ProblemDetail> invalid(UserInputException invalid, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setTitle(messages.getMessage("problem.invalidInput.title", null, locale));
        problem.setDetail(messages.getMessage("problem.invalidInput.detail", null, locale));
        problem.setProperty("errors", invalid.problems().stream().map(p -> Map.of("field", p.field(),
                "message", messages.getMessage(p.messageKey(), p.arguments(), locale))).distinct().toList());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private FigureChoice choice(List<String> peers, String country, String indicator, String period) {
        return FigureChoice.checked(peers, country, indicator, period, figures.countries(Locale.ROOT),
                figures.regionalPeriods());
    }

    private Chart find(String id, FigureChoice choice, Locale locale) {
        return figures.byId(id, choice, locale).orElseThrow(NotFoundException::new);
    }

    private String page(Model model, String view, List<Chart> charts, FigureChoice choice) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("chartData", charts.stream().collect(Collectors.toMap(Chart::id, c -> json.of(c, locale))));
        model.addAttribute("view", view);
        model.addAttribute("charts", charts);
        model.addAttribute("choice", choice);
        model.addAttribute("inputs", charts.stream().collect(Collectors.toMap(Chart::id, figures::inputs)));
        return "indicators/dashboards";
    }
}
