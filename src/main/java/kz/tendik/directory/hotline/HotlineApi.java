package kz.tendik.directory.hotline;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import kz.tendik.directory.Hotline;
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

/** {@code /api/v1/hotlines}: list, read, create and change the national hotlines. */
@RestController
@RequestMapping("/api/v1/hotlines")
class HotlineApi {

    private final HotlineRepository hotlines;
    private final HotlineEditing editing;

    HotlineApi(HotlineRepository hotlines, HotlineEditing editing) {
        this.hotlines = hotlines;
        this.editing = editing;
    }

    /** The hotlines in display order; {@code ?active=true} gives only those shown to the public. */
    @GetMapping
    @Requires(Action.DIRECTORY_READ)
    List<Hotline> list(@RequestParam(required = false) Boolean active) {
        return Boolean.TRUE.equals(active) ? hotlines.active()
                : hotlines.all().stream().filter(h -> active == null || h.active() == active).toList();
    }

    @GetMapping("/{id}")
    @Requires(Action.DIRECTORY_READ)
    Hotline get(@PathVariable long id) {
        return hotlines.find(id).orElseThrow(NotFoundException::new);
    }

    @PostMapping
    @Requires(Action.DIRECTORY_MANAGE)
    ResponseEntity<Hotline> create(@Valid @RequestBody HotlineDraft body, @AuthenticationPrincipal CurrentUser user) {
        long id = editing.create(body, user);
        return ResponseEntity.created(URI.create("/api/v1/hotlines/" + id)).body(hotlines.find(id).orElseThrow());
    }

    /** Replaces the hotline's details; {@code "active": false} takes it off the public list. */
    @PutMapping("/{id}")
    @Requires(Action.DIRECTORY_MANAGE)
    Hotline update(@PathVariable long id, @Valid @RequestBody HotlineDraft body, @AuthenticationPrincipal CurrentUser user) {
        editing.update(id, body, user);
        return hotlines.find(id).orElseThrow();
    }
}
