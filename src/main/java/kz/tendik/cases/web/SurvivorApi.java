package kz.tendik.cases.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.tendik.cases.registry.SurvivorMatch;
import kz.tendik.cases.registry.SurvivorRegistry;
import kz.tendik.cases.registry.SurvivorStore;
import kz.tendik.cases.support.Idempotency;
import kz.tendik.cases.survivor.SurvivorProfile;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import kz.tendik.shared.web.UserInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/survivors}: register (the response lists possible duplicates in the caller's centre), read
 * (audited), exact search by {@code iin}, {@code phone} or {@code name}, or partial by {@code nameContains}.
 */
@Tag(name = "Survivors", description = "The survivor registry: personal data stored encrypted, every read audited")
@RestController
@RequestMapping("/api/v1/survivors")
class SurvivorApi {

    private final SurvivorRegistry registry;

    SurvivorApi(SurvivorRegistry registry) {
        this.registry = registry;
    }

    /** A survivor as the API shows it: the profile's fields, the registering centre and, after a create, matches. */
    record SurvivorResponse(long id, long centreId, Instant createdAt, SurvivorProfile profile,
                            List<SurvivorMatch> possibleDuplicates) {
    }

    @PostMapping
    @Requires(Action.CASE_WRITE)
    @Operation(summary = "Register a survivor at the caller's centre",
            description = "The profile is validated whole (400 naming every invalid field, nothing stored), encrypted"
                    + " and audited. maritalStatus, displacementStatus (GBVIMS values; KANDAS is the GBVIMS returnee,"
                    + " INTERNAL_MIGRANT someone who moved within Kazakhstan) and hasDisability are optional: null"
                    + " means not asked. disability describes the disability: refused with hasDisability false, and"
                    + " given without hasDisability it means true. A code that is not one of a field's values is a 400"
                    + " naming the field and its values.")
    ResponseEntity<SurvivorResponse> create(@RequestBody SurvivorProfile body,
                                            @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                            @AuthenticationPrincipal CurrentUser user) {
        Idempotency.Outcome outcome = registry.register(user, body, key);
        SurvivorStore.Stored stored = registry.read(user, outcome.id());
        SurvivorProfile p = stored.profile();
        List<SurvivorMatch> duplicates = registry.possibleDuplicates(user, p.iin(),
                        p.phones().isEmpty() ? null : p.phones().get(0), p.fullName()).stream()
                .filter(m -> m.survivorId() != stored.id()).toList();
        SurvivorResponse response = new SurvivorResponse(stored.id(), stored.centreId(), stored.createdAt(), p,
                duplicates);
        return Responses.created(URI.create("/api/v1/survivors/" + stored.id()), response, outcome.repeated());
    }

    @GetMapping("/{id}")
    @Requires(Action.CASE_READ)
    @Operation(summary = "One survivor's profile (the read is audited)")
    SurvivorResponse get(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        SurvivorStore.Stored stored = registry.read(user, id);
        return new SurvivorResponse(stored.id(), stored.centreId(), stored.createdAt(), stored.profile(), null);
    }

    @GetMapping
    @Requires(Action.CASE_READ)
    @Operation(summary = "Find survivors in the caller's centre: exactly by iin, phone or name, or by part of the name")
    List<SurvivorMatch> search(@RequestParam(required = false) String iin, @RequestParam(required = false) String phone,
                               @RequestParam(required = false) String name,
                               @RequestParam(required = false) String nameContains,
                               @AuthenticationPrincipal CurrentUser user) {
        if (nameContains != null) {
            return registry.searchByNamePart(user, nameContains);
        }
        if (blank(iin) && blank(phone) && blank(name)) {
            throw new UserInputException("iin", "cases.search.criterionRequired");
        }
        return registry.possibleDuplicates(user, iin, phone, name);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
