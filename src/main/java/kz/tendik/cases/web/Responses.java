package kz.tendik.cases.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;

/**
 * A create's response: 201 with its Location, or 200 with the same body when an Idempotency-Key replayed it; a step's
 * response: 200, marked when replayed.
 */
final class Responses {

    static final String REPLAYED = "Idempotent-Replayed";

    private Responses() {
    }

    static <T> ResponseEntity<T> created(URI location, T body, boolean repeated) {
        if (repeated) {
            return ResponseEntity.ok().location(location).header(REPLAYED, "true").body(body);
        }
        return ResponseEntity.created(location).body(body);
    }

    static <T> ResponseEntity<T> done(T body, boolean repeated) {
        return repeated ? ResponseEntity.ok().header(REPLAYED, "true").body(body) : ResponseEntity.ok(body);
    }
}
