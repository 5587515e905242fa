package kz.tendik.cases.support;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.LongSupplier;

import kz.tendik.identity.CurrentUser;
import kz.tendik.shared.crypto.BlindIndex;
import kz.tendik.shared.crypto.IndexKind;
import kz.tendik.shared.web.UserInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes a create safe to retry: with an {@code Idempotency-Key}, the first call claims the key (user, operation,
 * key) in its transaction and stores the id it created with a keyed hash of the request; a retry with the same request
 * gets that id back instead of creating again, the same key with another request is refused
 * ({@link KeyReusedException}, 409). A concurrent retry waits on the claim's row lock, then sees the first result.
 * Without a key, nothing changes. Operations of a case end in {@code :<case id>} (retention removes them with it).
 */
@Component
public class Idempotency {

    /** The request as canonical JSON: members in declaration order, map entries sorted by key. */
    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final BlindIndex hashes;

    Idempotency(JdbcClient jdbc, Clock clock, BlindIndex hashes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.hashes = hashes;
    }

    /** The result of a create. {@code repeated} says that a previous call with the same key made it. */
    public record Outcome(long id, boolean repeated) {
    }

    /** {@link #once(CurrentUser, String, String, Object, LongSupplier)} without comparing the requests. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome once(CurrentUser user, String operation, String key, LongSupplier create) {
        return claim(user, operation, key, null, create);
    }

    /**
     * Creates once per key: {@code request} is what was asked (a draft record, or a list of the path's ids and the
     * draft); only its keyed hash is stored.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome once(CurrentUser user, String operation, String key, Object request, LongSupplier create) {
        return claim(user, operation, key, hash(operation, request), create);
    }

    /**
     * The id a previous call with this key and request created, if any (409 when the key was used with another
     * request): for a create after which the caller no longer reaches what it created, so that its retry is answered
     * before the access check would refuse it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Long> previous(CurrentUser user, String operation, String key, Object request) {
        if (key == null || key.isBlank() || key.length() > 200) {
            return Optional.empty();
        }
        return stored(user, operation, key, hash(operation, request));
    }

    private Outcome claim(CurrentUser user, String operation, String key, byte[] requestHash, LongSupplier create) {
        if (key == null || key.isBlank()) {
            return new Outcome(create.getAsLong(), false);
        }
        if (key.length() > 200) {
            throw new UserInputException("Idempotency-Key", "validation.tooLong");
        }
        int claimed = jdbc.sql("""
                INSERT INTO idempotency_key (user_id, operation, key, created_at, request_hash) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(user.id(), operation, key, Timestamp.from(clock.instant()), requestHash).update();
        if (claimed == 0) {
            return stored(user, operation, key, requestHash).map(id -> new Outcome(id, true)).orElseThrow(
                    () -> new UserInputException("Idempotency-Key", "cases.idempotency.inProgress"));
        }
        long id = create.getAsLong();
        jdbc.sql("UPDATE idempotency_key SET response_id = ? WHERE user_id = ? AND operation = ? AND key = ?")
                .params(id, user.id(), operation, key).update();
        return new Outcome(id, false);
    }

    private Optional<Long> stored(CurrentUser user, String operation, String key, byte[] requestHash) {
        record Claim(Long responseId, byte[] requestHash) {
        }
        Optional<Claim> claim = jdbc.sql("""
                SELECT response_id, request_hash FROM idempotency_key WHERE user_id = ? AND operation = ? AND key = ?""")
                .params(user.id(), operation, key)
                .query((rs, n) -> new Claim(rs.getObject(1, Long.class), rs.getBytes(2))).optional();
        if (claim.isEmpty()) {
            return Optional.empty();
        }
        if (claim.get().requestHash() != null && requestHash != null
                && !Arrays.equals(claim.get().requestHash(), requestHash)) {
            throw new KeyReusedException();
        }
        return Optional.ofNullable(claim.get().responseId());
    }

    private byte[] hash(String operation, Object request) {
        return hashes.of(IndexKind.REQUEST, operation + "\n" + CANONICAL.writeValueAsString(request));
    }
}
