package kz.tendik.portal.web;

import kz.tendik.identity.Action;
import kz.tendik.identity.Requires;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What the open-data API ({@code /api/v1/open/**}) offers, explained for journalists and researchers: the endpoints,
 * the formats, where the figures come from, and that there is no personal data in them. The API itself belongs to
 * the modules that publish (indicators, programmes); this page only points to it and to its OpenAPI description.
 */
@Controller
class OpenDataPage {

    @GetMapping("/help/data/open")
    @Requires(Action.PUBLIC)
    String openData() {
        return "portal/open-data";
    }
}
