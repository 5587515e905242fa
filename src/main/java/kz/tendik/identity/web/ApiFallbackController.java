package kz.tendik.identity.web;

import kz.tendik.identity.Action;
import kz.tendik.identity.Requires;
import kz.tendik.shared.web.NotFoundException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any API path that no controller serves: a signed-in caller gets a 404 problem detail in their language
 * rather than the framework's generic error body. Every more specific mapping wins over this one.
 */
@RestController
class ApiFallbackController {

    @RequestMapping("/api/**")
    @Requires(Action.OWN_ACCOUNT)
    void unknown() {
        throw new NotFoundException();
    }
}
