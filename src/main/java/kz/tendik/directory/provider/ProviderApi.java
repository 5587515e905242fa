package kz.tendik.directory.provider;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import kz.tendik.directory.ProviderKind;
import kz.tendik.directory.ServiceProvider;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import kz.tendik.shared.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/providers}: list (by region and kind), read, create and change service providers. */
@RestController
@RequestMapping("/api/v1/providers")
class ProviderApi {

    private final ProviderRepository providers;
    private final ProviderEditing editing;

    ProviderApi(ProviderRepository providers, ProviderEditing editing) {
        this.providers = providers;
        this.editing = editing;
    }

    @GetMapping
    @Requires(Action.DIRECTORY_READ)
    List<ServiceProvider> list(@RequestParam(required = false) String region,
                               @RequestParam(required = false) ProviderKind kind,
                               @RequestParam(required = false) Boolean active) {
        return providers.list(region, kind, active);
    }

    @GetMapping("/{id}")
    @Requires(Action.DIRECTORY_READ)
    ServiceProvider get(@PathVariable long id) {
        return providers.find(id).orElseThrow(NotFoundException::new);
    }

    @PostMapping
    @Requires(Action.DIRECTORY_MANAGE)
    ResponseEntity<ServiceProvider> create(@Valid @RequestBody ProviderDraft body, @AuthenticationPrincipal CurrentUser user) {
        long id = editing.create(body, user);
        return ResponseEntity.created(URI.create("/api/v1/providers/" + id)).body(providers.find(id).orElseThrow());
    }

    /** Replaces the provider's details; {@code "active": false} deactivates it. */
    @PutMapping("/{id}")
    @Requires(Action.DIRECTORY_MANAGE)
    ServiceProvider update(@PathVariable long id, @Valid @RequestBody ProviderDraft body,
                           @AuthenticationPrincipal CurrentUser user) {
        editing.update(id, body, user);
        return providers.find(id).orElseThrow();
    }
}
