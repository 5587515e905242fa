package kz.tendik.identity.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import kz.tendik.identity.CurrentUser;
import kz.tendik.identity.account.UserAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * API tokens: 256 random bits shown once, stored only as their SHA-256 (a token is high-entropy, so a fast
 * hash suffices and keeps every API request cheap). Tokens expire and can be revoked.
 */
@Component
public class ApiTokens {

    private static final String PREFIX = "tdk_";
    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, UserAccounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    public enum Kind { SESSION, PERSONAL }

    /** A freshly issued token: the only moment its value exists outside the caller. */
    public record Issued(long id, String token, Instant expiresAt) {
    }

    /** A token as listed on the user's page: never its value. */
    public record TokenInfo(long id, Kind kind, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
                            Instant revokedAt) {
        public boolean active(Instant now) {
            return revokedAt == null && expiresAt.isAfter(now);
        }
    }

    public Issued issue(long userId, Kind kind, String name, Duration lifetime) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiresAt = clock.instant().plus(lifetime);
        long id = jdbc.sql("INSERT INTO api_token (user_id, token_hash, kind, name, expires_at) VALUES (?, ?, ?, ?, ?) RETURNING id")
                .params(userId, hash(token), kind.name(), name, Timestamp.from(expiresAt))
                .query(Long.class).single();
        return new Issued(id, token, expiresAt);
    }

    /** The user a valid (known, unexpired, unrevoked, enabled user) token belongs to. */
    public Optional<CurrentUser> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String tokenHash = hash(token);
        record Valid(long id, long userId, Timestamp lastUsed) {
        }
        Optional<Valid> valid = jdbc.sql("""
                SELECT id, user_id, last_used_at FROM api_token
                 WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > ?""")
                .params(tokenHash, Timestamp.from(now))
                .query((rs, n) -> new Valid(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3))).optional();
        // last use is kept to the minute: no write on every request
        valid.filter(v -> v.lastUsed() == null || v.lastUsed().toInstant().isBefore(now.minusSeconds(60)))
                .ifPresent(v -> jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE id = ?")
                        .params(Timestamp.from(now), v.id()).update());
        Optional<Long> userId = valid.map(Valid::userId);
        return userId.flatMap(accounts::findById).filter(a -> a.enabled()).map(a -> {
            CurrentUser user = a.toCurrentUser();
            user.eraseCredentials();
            return user;
        });
    }

    public List<TokenInfo> list(long userId) {
        return jdbc.sql("""
                SELECT id, kind, name, created_at, expires_at, last_used_at, revoked_at FROM api_token
                 WHERE user_id = ? ORDER BY created_at DESC LIMIT 200""")
                .param(userId)
                .query((rs, n) -> new TokenInfo(rs.getLong(1), Kind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()))
                .list();
    }

    /** Revokes one of the user's tokens; false when it is not theirs or already revoked. */
    public boolean revoke(long userId, long tokenId) {
        return jdbc.sql("UPDATE api_token SET revoked_at = now() WHERE id = ? AND user_id = ? AND revoked_at IS NULL")
                .params(tokenId, userId).update() == 1;
    }

    /** Revokes the token presented (sign-out through the API). */
    public boolean revoke(String token) {
        return jdbc.sql("UPDATE api_token SET revoked_at = now() WHERE token_hash = ? AND revoked_at IS NULL")
                .param(hash(token)).update() == 1;
    }

    public int revokeAll(long userId) {
        return jdbc.sql("UPDATE api_token SET revoked_at = now() WHERE user_id = ? AND revoked_at IS NULL")
                .param(userId).update();
    }

    /** Revokes the user's unrevoked tokens of the given kinds. */
    public int revokeAll(long userId, List<Kind> kinds) {
        return jdbc.sql("UPDATE api_token SET revoked_at = now() WHERE user_id = :user AND revoked_at IS NULL AND kind IN (:kinds)")
                .param("user", userId).param("kinds", kinds.stream().map(Kind::name).toList())
                .update();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
