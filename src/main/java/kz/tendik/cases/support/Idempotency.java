package kz.tendik.cases.support;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.function.LongSupplier;

import kz.tendik.identity.CurrentUser;
import kz.tendik.shared.web.UserInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a create safe to retry: with an {@code Idempotency-Key}, the first call claims the key (user, operation,
 * key) in its transaction and stores the id it created; a retry gets that id back instead of creating again. A
 * concurrent retry waits on the claim's row lock, then sees the first result. Without a key, nothing changes.
 */
@Component
public class Idempotency {

    private final JdbcClient jdbc;
    private final Clock clock;

    Idempotency(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The result of a create. {@code repeated} says that a previous call with the same key made it. */
    public record Outcome(long id, boolean repeated) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome once(CurrentUser user, String operation, String key, LongSupplier create) {
        if (key == null || key.isBlank()) {
            return new Outcome(create.getAsLong(), false);
        }
        if (key.length() > 200) {
            throw new UserInputException("Idempotency-Key", "validation.tooLong");
        }
        int claimed = jdbc.sql("""
                INSERT INTO idempotency_key (user_id, operation, key, created_at) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(user.id(), operation, key, Timestamp.from(clock.instant())).update();
        if (claimed == 0) {
            Optional<Long> previous = jdbc.sql("""
                    SELECT response_id FROM idempotency_key WHERE user_id = ? AND operation = ? AND key = ?""")
                    .params(user.id(), operation, key).query(Long.class).optional();
            if (previous.isPresent()) {
                return new Outcome(previous.get(), true);
            }
            throw new UserInputException("Idempotency-Key", "cases.idempotency.inProgress");
        }
        long id = create.getAsLong();
        jdbc.sql("UPDATE idempotency_key SET response_id = ? WHERE user_id = ? AND operation = ? AND key = ?")
                .params(id, user.id(), operation, key).update();
        return new Outcome(id, false);
    }
}
