package kz.tendik.directory.centre;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import kz.tendik.directory.Centre;
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

/** {@code /api/v1/centres}: list, read, create and change family support centres. */
@RestController
@RequestMapping("/api/v1/centres")
class CentreApi {

    private final CentreRepository centres;
    private final CentreEditing editing;

    CentreApi(CentreRepository centres, CentreEditing editing) {
        this.centres = centres;
        this.editing = editing;
    }

    @GetMapping
    @Requires(Action.DIRECTORY_READ)
    List<Centre> list(@RequestParam(required = false) String region, @RequestParam(required = false) Boolean active) {
        return centres.list(region, active);
    }

    @GetMapping("/{id}")
    @Requires(Action.DIRECTORY_READ)
    Centre get(@PathVariable long id) {
        return centres.find(id).orElseThrow(NotFoundException::new);
    }

    @PostMapping
    @Requires(Action.DIRECTORY_MANAGE)
    ResponseEntity<Centre> create(@Valid @RequestBody CentreDraft body, @AuthenticationPrincipal CurrentUser user) {
        long id = editing.create(body, user);
        return ResponseEntity.created(URI.create("/api/v1/centres/" + id)).body(centres.find(id).orElseThrow());
    }

    /** Replaces the centre's details; {@code "active": false} deactivates it. */
    @PutMapping("/{id}")
    @Requires(Action.DIRECTORY_MANAGE)
    Centre update(@PathVariable long id, @Valid @RequestBody CentreDraft body, @AuthenticationPrincipal CurrentUser user) {
        editing.update(id, body, user);
        return centres.find(id).orElseThrow();
    }
}
