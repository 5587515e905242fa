package kz.tendik.identity.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kz.tendik.identity.Action;
import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.Requires;
import kz.tendik.identity.profile.PersonalTokens;
import kz.tendik.identity.token.ApiTokens;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's personal access tokens through the API: list, create (value returned once), revoke. */
@RestController
@RequestMapping("/api/v1/me/tokens")
@Requires(Action.OWN_ACCOUNT)
class MyTokensApiController {

    private final PersonalTokens tokens;
    private final Clock clock;

    MyTokensApiController(PersonalTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    record TokenView(long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
                     Instant revokedAt, String status) {
    }

    record NewToken(@NotBlank(message = "{validation.required}") @Size(max = 64, message = "{validation.tooLong}") String name,
                    @NotNull(message = "{validation.required}") Integer days) {
    }

    record CreatedToken(long id, String name, String token, Instant expiresAt) {
    }

    @GetMapping
    List<TokenView> list(@AuthenticationPrincipal CurrentUser user) {
        Instant now = clock.instant();
        return tokens.list(user).stream().map(t -> new TokenView(t.id(), t.name(), t.createdAt(), t.expiresAt(),
                t.lastUsedAt(), t.revokedAt(), status(t, now))).toList();
    }

    @PostMapping
    ResponseEntity<CreatedToken> create(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody NewToken body) {
        ApiTokens.Issued issued = tokens.create(user, body.name(), body.days());
        return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + issued.id()))
                .header("Cache-Control", "no-store")
                .body(new CreatedToken(issued.id(), body.name().strip(), issued.token(), issued.expiresAt()));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        tokens.revoke(user, id);
        return ResponseEntity.noContent().build();
    }

    static String status(ApiTokens.TokenInfo token, Instant now) {
        if (token.revokedAt() != null) {
            return "REVOKED";
        }
        return token.expiresAt().isAfter(now) ? "ACTIVE" : "EXPIRED";
    }
}
