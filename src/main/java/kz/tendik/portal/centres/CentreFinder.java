package kz.tendik.portal.centres;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import kz.tendik.directory.Centre;
import kz.tendik.directory.Centres;
import kz.tendik.directory.Region;
import kz.tendik.directory.Regions;
import kz.tendik.identity.Action;
import kz.tendik.identity.Requires;
import kz.tendik.shared.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Find a family support centre, without an account. The search is a GET form (no session, no CSRF token);
 * "near me" sends the browser's position with the request that asks for the results and nothing keeps it.
 */
@Controller
@RequestMapping("/help/centres")
@Requires(Action.PUBLIC)
class CentreFinder {

    private final Centres centres;
    private final Regions regions;

    CentreFinder(Centres centres, Regions regions) {
        this.centres = centres;
        this.regions = regions;
    }

    @GetMapping
    String search(@RequestParam(required = false) String region, @RequestParam(required = false) String city,
                  @RequestParam(required = false) String need, @RequestParam(required = false) String lat,
                  @RequestParam(required = false) String lon, Locale locale, Model model, HttpServletResponse response) {
        fill(region, city, need, lat, lon, locale, model, response);
        return "portal/centres";
    }

    /** Only the results, for the "near me" button's fetch: the page's address (and history) stays as it was. */
    @GetMapping("/results")
    String results(@RequestParam(required = false) String region, @RequestParam(required = false) String city,
                   @RequestParam(required = false) String need, @RequestParam(required = false) String lat,
                   @RequestParam(required = false) String lon, Locale locale, Model model, HttpServletResponse response) {
        fill(region, city, need, lat, lon, locale, model, response);
        return "portal/centres :: results";
    }

    @GetMapping("/{id}")
    String centre(@PathVariable long id, Locale locale, Model model) {
        Centre centre = centres.find(id).filter(Centre::active).orElseThrow(NotFoundException::new);
        model.addAttribute("centre", centre);
        model.addAttribute("allServices", kz.tendik.directory.CentreService.values());
        model.addAttribute("regionName", regions.find(centre.regionCode()).map(r -> r.name(locale)).orElse(""));
        return "portal/centre";
    }

    private void fill(String region, String city, String need, String lat, String lon, Locale locale, Model model,
                      HttpServletResponse response) {
        String chosenRegion = regions.exists(region) ? region : null;
        List<Centre> active = centres.allActive();
        List<String> cities = CentreSearch.cities(active, chosenRegion);
        String chosenCity = city != null && cities.stream().anyMatch(c -> c.equalsIgnoreCase(city.trim())) ? city.trim() : null;
        Position position = Position.parse(lat, lon);
        boolean positionUnreadable = position == null && (notBlank(lat) || notBlank(lon));
        CentreSearch.Criteria criteria = new CentreSearch.Criteria(chosenRegion, chosenCity, Need.parse(need), position);
        if (position != null) {
            response.setHeader("Cache-Control", "no-store");
        }
        model.addAttribute("found", CentreSearch.find(active, criteria, locale));
        model.addAttribute("criteria", criteria);
        model.addAttribute("searched", criteria.any());
        model.addAttribute("positionUnreadable", positionUnreadable);
        model.addAttribute("regions", regions.all().stream()
                .sorted(Comparator.comparing((Region r) -> r.name(locale).toLowerCase(locale))).toList());
        model.addAttribute("regionNames", regions);
        model.addAttribute("cities", cities);
        model.addAttribute("needs", Need.values());
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
