package kz.tendik.cases.web;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.tendik.cases.registry.SurvivorEdits;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/survivors}: register (only after the duplicate check: 409 listing the possible duplicates unless
 * the request names them in {@code Duplicates-Reviewed}), read (audited), change with the version read (409 when
 * stale), exact search by {@code iin}, {@code phone} or {@code name}, or partial by {@code nameContains}.
 */
@Tag(name = "Survivors", description = "The survivor registry: personal data stored encrypted, every read audited")
@RestController
@RequestMapping("/api/v1/survivors")
class SurvivorApi {

    static final String REVIEWED = "Duplicates-Reviewed";

    private final SurvivorRegistry registry;
    private final SurvivorEdits edits;

    SurvivorApi(SurvivorRegistry registry, SurvivorEdits edits) {
        this.registry = registry;
        this.edits = edits;
    }

    /**
     * A survivor as the API shows it: the profile's fields, its version (to send back with a change), the registering
     * centre and, after a create, the possible duplicates that were set aside.
     */
    record SurvivorResponse(long id, long centreId, Instant createdAt, int version, SurvivorProfile profile,
                            List<SurvivorMatch> possibleDuplicates) {

        static SurvivorResponse of(SurvivorStore.Stored stored, List<SurvivorMatch> duplicates) {
            return new SurvivorResponse(stored.id(), stored.centreId(), stored.createdAt(), stored.version(),
                    stored.profile(), duplicates);
        }
    }

    /** A change: the version read and the whole profile as it should be (the fields of a registration). */
    record SurvivorChange(Integer version, @JsonUnwrapped SurvivorProfile profile) {
    }

    @PostMapping
    @Requires(Action.CASE_WRITE)
    @Operation(summary = "Register a survivor at the caller's centre, after the duplicate check",
            description = "The profile is validated whole (400 naming every invalid field, nothing stored), encrypted"
                    + " and audited. maritalStatus, displacementStatus (GBVIMS values; KANDAS is the GBVIMS returnee,"
                    + " INTERNAL_MIGRANT someone who moved within Kazakhstan) and hasDisability are optional: null"
                    + " means not asked. disability describes the disability: refused with hasDisability false, and"
                    + " given without hasDisability it means true. A code that is not one of a field's values is a 400"
                    + " naming the field and its values. Duplicate check: when survivors in the caller's centre share"
                    + " the IIN, a phone or the name (as written or in Latin letters), the answer is 409"
                    + " (urn:tendik:problem:possibleDuplicates) listing them in possibleDuplicates by survivorId,"
                    + " matchedOn and their case numbers, never a name; nothing is stored. Show them to the user, and"
                    + " if none of them is this person, repeat the request with the header Duplicates-Reviewed naming"
                    + " every one of their survivorIds: the registration is then made and the dismissal audited. A"
                    + " survivor who matches and is not named still stops it. With an Idempotency-Key a retry of a"
                    + " registration that was made returns it (200) without checking again.")
    @ApiResponse(responseCode = "201", description = "registered")
    @ApiResponse(responseCode = "409", description = "possible duplicates in the caller's centre not yet reviewed")
    ResponseEntity<SurvivorResponse> create(@RequestBody SurvivorProfile body,
                                            @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                            @Parameter(description = "the survivorIds of the possible duplicates the"
                                                    + " user reviewed and set aside, separated by commas: 12,57")
                                            @RequestHeader(value = REVIEWED, required = false) String reviewed,
                                            @AuthenticationPrincipal CurrentUser user) {
        Idempotency.Outcome outcome = registry.register(user, body, key, reviewedIds(reviewed));
        SurvivorStore.Stored stored = registry.read(user, outcome.id());
        SurvivorProfile p = stored.profile();
        List<SurvivorMatch> duplicates = registry.possibleDuplicates(user, p.iin(),
                        p.phones().isEmpty() ? null : p.phones().get(0), p.fullName()).stream()
                .filter(m -> m.survivorId() != stored.id()).toList();
        return Responses.created(URI.create("/api/v1/survivors/" + stored.id()), SurvivorResponse.of(stored, duplicates),
                outcome.repeated());
    }

    @GetMapping("/{id}")
    @Requires(Action.CASE_READ)
    @Operation(summary = "One survivor's profile with its version (the read is audited)")
    SurvivorResponse get(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return SurvivorResponse.of(registry.read(user, id), null);
    }

    @PutMapping("/{id}")
    @Requires(Action.CASE_WRITE)
    @Operation(summary = "Change a survivor's profile with the version read",
            description = "The body is the whole profile as it should be (the fields of a registration) and the"
                    + " version read. Validated like a registration: 400 naming every invalid field, nothing"
                    + " written. A version someone else has changed since is 409 (urn:tendik:problem:staleVersion,"
                    + " with currentVersion) and nothing is overwritten: read again and repeat. Only a user who may"
                    + " read the survivor and write to one of her open cases may change it (404 otherwise, as for a"
                    + " read). The timeline of each of her cases records which parts changed (never the values).")
    @ApiResponse(responseCode = "200", description = "changed (or unchanged when nothing differed)")
    @ApiResponse(responseCode = "409", description = "the profile was changed by someone else since it was read")
    SurvivorResponse put(@PathVariable long id, @RequestBody SurvivorChange body,
                         @AuthenticationPrincipal CurrentUser user) {
        return SurvivorResponse.of(edits.update(user, id, body.version(), body.profile()), null);
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

    /** The survivor ids of the header, or a 400 naming it. */
    static List<Long> reviewedIds(String header) {
        List<Long> ids = new ArrayList<>();
        if (blank(header)) {
            return ids;
        }
        for (String part : header.split(",")) {
            try {
                ids.add(Long.valueOf(part.strip()));
            } catch (NumberFormatException e) {
                throw new UserInputException(REVIEWED, "validation.invalidValue");
            }
        }
        return ids;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
