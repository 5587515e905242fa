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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/cases/{id}/closure}: the closure state and checklist; a caseworker's request (422 naming every
 * missing checklist item), a supervisor's or manager's approval or return (never of their own request), reopening,
 * and the manager's legal hold. Every step carries the case's {@code version} (stale: 409); a closed case refuses
 * every other write with 422. The request, approval, return and reopening accept an {@code Idempotency-Key}.
 */
@RestController
@RequestMapping("/api/v1/cases/{id}")
class ClosureApi {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

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
                                         @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key,
                                         @AuthenticationPrincipal CurrentUser user) {
        Closures.Done done = closures.request(user, id, body, key);
        return Responses.created(URI.create("/api/v1/cases/" + id + "/closure"), done.state(), done.repeated());
    }

    @PostMapping("/closure/approve")
    @Requires(Action.CASE_CLOSURE_APPROVE)
    ResponseEntity<ClosureState> approve(@PathVariable long id, @RequestBody Closures.Step body,
                                         @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key,
                                         @AuthenticationPrincipal CurrentUser user) {
        Closures.Done done = closures.approve(user, id, body, key);
        return Responses.done(done.state(), done.repeated());
    }

    @PostMapping("/closure/return")
    @Requires(Action.CASE_CLOSURE_APPROVE)
    ResponseEntity<ClosureState> returnRequest(@PathVariable long id, @RequestBody Closures.Step body,
                                               @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key,
                                               @AuthenticationPrincipal CurrentUser user) {
        Closures.Done done = closures.returnRequest(user, id, body, key);
        return Responses.done(done.state(), done.repeated());
    }

    @PostMapping("/reopen")
    @Requires(Action.CASE_WRITE)
    ResponseEntity<ClosureState> reopen(@PathVariable long id, @RequestBody Closures.Step body,
                                        @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key,
                                        @AuthenticationPrincipal CurrentUser user) {
        Closures.Done done = closures.reopen(user, id, body, key);
        return Responses.done(done.state(), done.repeated());
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
