package kz.tendik.programs.cohort;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/programmes}: list, read, create and change programmes (coordinators and administrators). */
@Tag(name = "Programmes", description = "Programmes (goal, curriculum modules, languages, region) and their completion rules; coordinators and administrators")
@RestController
@RequestMapping("/api/v1/programmes")
@Requires(Action.PROGRAMME_MANAGE)
class ProgrammeApi {

    private final Programmes programmes;
    private final Completions completions;

    ProgrammeApi(Programmes programmes, Completions completions) {
        this.programmes = programmes;
        this.completions = completions;
    }

    @Operation(summary = "The programme's completion rule (minimum attendance, required modules)")
    @GetMapping("/{id}/completion-rule")
    CompletionRule completionRule(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        programmes.get(id, user);
        return completions.rule(id);
    }

    /** The minimum attendance (percent) and the modules required to complete the programme. */
    @Operation(summary = "Change the completion rule",
            description = "400 naming every wrong field")
    @PutMapping("/{id}/completion-rule")
    CompletionRule setCompletionRule(@PathVariable long id, @RequestBody CompletionRule.Draft body,
                                     @AuthenticationPrincipal CurrentUser user) {
        return completions.setRule(id, body, user);
    }

    @Operation(summary = "The programmes within the caller's org unit, by name")
    @GetMapping
    List<Programme> list(@AuthenticationPrincipal CurrentUser user) {
        return programmes.visible(user);
    }

    @Operation(summary = "One programme (404 outside the caller's org unit)")
    @GetMapping("/{id}")
    Programme get(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return programmes.get(id, user);
    }

    @Operation(summary = "Define a programme",
            description = "400 naming every wrong field")
    @PostMapping
    ResponseEntity<Programme> create(@RequestBody ProgrammeDraft body, @AuthenticationPrincipal CurrentUser user) {
        long id = programmes.create(body, user);
        return ResponseEntity.created(URI.create("/api/v1/programmes/" + id)).body(programmes.get(id, user));
    }

    @Operation(summary = "Change a programme",
            description = "400 naming every wrong field")
    @PutMapping("/{id}")
    Programme update(@PathVariable long id, @RequestBody ProgrammeDraft body, @AuthenticationPrincipal CurrentUser user) {
        programmes.update(id, body, user);
        return programmes.get(id, user);
    }
}
