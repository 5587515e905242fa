package kz.tendik.directory.region;

import java.util.List;

import kz.tendik.directory.Region;
import kz.tendik.directory.Regions;
import kz.tendik.identity.Action;
import kz.tendik.identity.Requires;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/regions}: the 20 administrative units with their names. */
@RestController
class RegionApi {

    private final Regions regions;

    RegionApi(Regions regions) {
        this.regions = regions;
    }

    @GetMapping("/api/v1/regions")
    @Requires(Action.DIRECTORY_READ)
    List<Region> list() {
        return regions.all();
    }
}
