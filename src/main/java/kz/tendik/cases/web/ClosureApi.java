package kz.tendik.cases.web;

import java.net.URI;

import kz.tendik.cases.closure.ClosureState;
import kz.tendik.cases.closure.Closures;
import kz.tendik.cases.closure.LegalHolds;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/cases/{id}/closure}: the closure state and checklist; a caseworker's request (422 naming every
 * missing checklist item), a supervisor's or manager's approval or return (never of their own request), reopening,
 * and the manager's legal hold. Every step carries the case's {@code version} (stale: 409); a closed case refuses
 * every other write with 422.
 */
@RestController
@RequestMapping("/api/v1/cases/{id}")
class ClosureApi {

    private final Closures closures;
    private final LegalHolds holds;

    ClosureApi(Closures closures, LegalHolds holds) {
        this.closures = closures;
        this.holds = holds;
    }

    @GetMapping("/closure")
    @Requires(Action.CASE_READ)
    ClosureState state(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return closures.read(user, id);
    }

    @PostMapping("/closure")
    @Requires(Action.CASE_WRITE)
    ResponseEntity<ClosureState> request(@PathVariable long id, @RequestBody Closures.ClosureDraft body,
                                         @AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/closure"))
                .body(closures.request(user, id, body));
    }

    @PostMapping("/closure/approve")
    @Requires(Action.CASE_CLOSURE_APPROVE)
    ClosureState approve(@PathVariable long id, @RequestBody Closures.Step body,
                         @AuthenticationPrincipal CurrentUser user) {
        return closures.approve(user, id, body);
    }

    @PostMapping("/closure/return")
    @Requires(Action.CASE_CLOSURE_APPROVE)
    ClosureState returnRequest(@PathVariable long id, @RequestBody Closures.Step body,
                               @AuthenticationPrincipal CurrentUser user) {
        return closures.returnRequest(user, id, body);
    }

    @PostMapping("/reopen")
    @Requires(Action.CASE_WRITE)
    ClosureState reopen(@PathVariable long id, @RequestBody Closures.Step body,
                        @AuthenticationPrincipal CurrentUser user) {
        return closures.reopen(user, id, body);
    }

    @PutMapping("/legal-hold")
    @Requires(Action.CASE_LEGAL_HOLD)
    ClosureState placeHold(@PathVariable long id, @RequestBody Closures.Step body,
                           @AuthenticationPrincipal CurrentUser user) {
        return holds.place(user, id, body);
    }

    @DeleteMapping("/legal-hold")
    @Requires(Action.CASE_LEGAL_HOLD)
    ClosureState liftHold(@PathVariable long id, @RequestParam(required = false) Integer version,
                          @AuthenticationPrincipal CurrentUser user) {
        return holds.lift(user, id, version);
    }
}
