package kz.tendik.directory.region;

import kz.tendik.identity.Action;
import kz.tendik.identity.Requires;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The list of regions with their number of centres and providers. */
@Controller
class RegionPages {

    private final RegionRepository regions;

    RegionPages(RegionRepository regions) {
        this.regions = regions;
    }

    @GetMapping("/directory/regions")
    @Requires(Action.DIRECTORY_READ)
    String list(Model model) {
        model.addAttribute("regions", regions.all());
        model.addAttribute("counts", regions.activeCounts());
        return "directory/regions";
    }
}
