package kz.tendik.indicators.web;

import java.io.IOException;

import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import kz.tendik.indicators.store.Catalogue;
import kz.tendik.indicators.store.ImportRejected;
import kz.tendik.indicators.store.IndicatorImports;
import kz.tendik.indicators.store.Indicator;
import kz.tendik.indicators.store.ValueStore;
import kz.tendik.shared.web.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The analysts' pages: the catalogue, an indicator's values with their history, and the import form. */
@Controller
@RequestMapping("/indicators")
class IndicatorPages {

    private final Catalogue catalogue;
    private final ValueStore values;
    private final IndicatorImports imports;
    private final ImportReport report;

    IndicatorPages(Catalogue catalogue, ValueStore values, IndicatorImports imports, ImportReport report) {
        this.catalogue = catalogue;
        this.values = values;
        this.imports = imports;
        this.report = report;
    }

    @GetMapping
    @Requires(Action.INDICATOR_READ)
    String list(Model model) {
        model.addAttribute("indicators", catalogue.all());
        return "indicators/list";
    }

    @GetMapping("/import")
    @Requires(Action.INDICATOR_MANAGE)
    String importForm() {
        return "indicators/import";
    }

    @PostMapping("/import")
    @Requires(Action.INDICATOR_MANAGE)
    String importFile(@RequestParam(name = "file", required = false) MultipartFile file,
                      @AuthenticationPrincipal CurrentUser user, Model model, java.util.Locale locale) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("missingFile", true);
            return "indicators/import";
        }
        try {
            model.addAttribute("result", imports.importFile(file.getOriginalFilename(), file.getBytes(), user.id()));
        } catch (ImportRejected rejected) {
            model.addAttribute("problems", report.lines(rejected.problems(), locale));
        }
        return "indicators/import";
    }

    @GetMapping("/{code}")
    @Requires(Action.INDICATOR_READ)
    String indicator(@PathVariable String code, @RequestParam(name = "geo", required = false) String geo, Model model) {
        Indicator indicator = catalogue.find(code).orElseThrow(NotFoundException::new);
        var geographies = values.geographies(code);
        String chosen = geo != null && geographies.contains(geo) ? geo
                : geographies.contains("KAZ") ? "KAZ" : geographies.stream().findFirst().orElse(null);
        model.addAttribute("indicator", indicator);
        model.addAttribute("geographies", geographies);
        model.addAttribute("geo", chosen);
        model.addAttribute("revisions", chosen == null ? java.util.List.of() : values.history(code, chosen, null, null, null));
        return "indicators/indicator";
    }
}
