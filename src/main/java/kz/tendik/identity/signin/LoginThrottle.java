package kz.tendik.identity.signin;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per account and per client address in PostgreSQL (so every node sees the same
 * counts) and locks either for a while once it has failed too often. A success clears the account's count.
 */
@Component
public class LoginThrottle {

    private final JdbcClient jdbc;
    private final SecuritySettings settings;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, SecuritySettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** Until when the account or the address is locked, if it is. */
    public Optional<Instant> lockedUntil(String username, String clientIp) {
        Instant now = clock.instant();
        return jdbc.sql("SELECT max(locked_until) FROM login_throttle WHERE key IN (?, ?) AND locked_until > ?")
                .params(accountKey(username), addressKey(clientIp), java.sql.Timestamp.from(now))
                .query(java.sql.Timestamp.class).optional().map(java.sql.Timestamp::toInstant);
    }

    /** Until when the account itself is locked, if it is (for the administrator's view). */
    public Optional<Instant> accountLockedUntil(String username) {
        return jdbc.sql("SELECT locked_until FROM login_throttle WHERE key = ? AND locked_until > ?")
                .params(accountKey(username), java.sql.Timestamp.from(clock.instant()))
                .query(java.sql.Timestamp.class).optional().map(java.sql.Timestamp::toInstant);
    }

    /** Records a failure; runs in its own transaction so that it survives the failed sign-in's rollback. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String username, String clientIp) {
        fail(accountKey(username), settings.lockout().maxFailures());
        if (clientIp != null) {
            fail(addressKey(clientIp), settings.lockout().ipMaxFailures());
        }
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(String username) {
        jdbc.sql("DELETE FROM login_throttle WHERE key = ?").param(accountKey(username)).update();
    }

    /** An administrator lifts a lockout. */
    public void unlock(String username) {
        jdbc.sql("DELETE FROM login_throttle WHERE key = ?").param(accountKey(username)).update();
    }

    private void fail(String key, int limit) {
        Instant now = clock.instant();
        java.sql.Timestamp windowOpen = java.sql.Timestamp.from(now.minus(settings.lockout().duration()));
        java.sql.Timestamp lockUntil = java.sql.Timestamp.from(now.plus(settings.lockout().duration()));
        // a count older than the window starts again; reaching the limit locks for the lockout duration
        jdbc.sql("""
                INSERT INTO login_throttle AS t (key, failures, window_start, locked_until) VALUES (:key, 1, :now, NULL)
                ON CONFLICT (key) DO UPDATE SET
                    failures = CASE WHEN t.window_start < :windowOpen THEN 1 ELSE t.failures + 1 END,
                    window_start = CASE WHEN t.window_start < :windowOpen THEN :now ELSE t.window_start END,
                    locked_until = CASE
                        WHEN t.window_start >= :windowOpen AND t.failures + 1 >= :limit THEN :lockUntil
                        ELSE t.locked_until END""")
                .param("key", key).param("now", java.sql.Timestamp.from(now)).param("windowOpen", windowOpen)
                .param("limit", limit).param("lockUntil", lockUntil)
                .update();
    }

    private static String accountKey(String username) {
        return "user:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String clientIp) {
        return "ip:" + clientIp;
    }
}
