package kz.tendik.cases.safety;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import kz.tendik.cases.measure.MeasureExpiry;
import kz.tendik.cases.measure.MeasureSettings;
import kz.tendik.cases.measure.MeasureType;
import kz.tendik.cases.task.SystemTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every hour (tendik.cases.measures.warning-check, a cron), a task for the caseworker of each measure that expires
 * within {@code warning-days}: once per measure ({@code expiry_warned_at}). One node runs it: the others do not get the
 * transaction-scoped advisory lock and skip.
 */
@Component
public class MeasureExpiryWarnings {

    static final long RUN_LOCK = 0x7465_6E64_6D65_6173L; // "tendmeas"

    private final JdbcClient jdbc;
    private final MeasureExpiry expiry;
    private final MeasureSettings settings;
    private final SafetyTasks tasks;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ZoneId zone;

    MeasureExpiryWarnings(JdbcClient jdbc, MeasureExpiry expiry, MeasureSettings settings, SafetyTasks tasks,
                          TransactionTemplate transaction, Clock clock,
                          @Value("${tendik.time-zone:Asia/Almaty}") ZoneId zone) {
        this.jdbc = jdbc;
        this.expiry = expiry;
        this.settings = settings;
        this.tasks = tasks;
        this.transaction = transaction;
        this.clock = clock;
        this.zone = zone;
    }

    /** Creates the due warnings; returns how many (0 when another node holds the lock). */
    @Scheduled(cron = "${tendik.cases.measures.warning-check:0 5 * * * *}", zone = "${tendik.time-zone:Asia/Almaty}")
    public int run() {
        Integer created = transaction.execute(status -> {
            boolean mine = Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(RUN_LOCK)
                    .query(Boolean.class).single());
            if (!mine) {
                return 0;
            }
            LocalDateTime now = LocalDateTime.now(clock.withZone(zone));
            Instant at = clock.instant();
            record Due(long id, long caseId, String type, LocalDateTime expiresAt, long recordedBy) {
            }
            List<Due> due = jdbc.sql("""
                    SELECT id, case_id, type, expires_at, recorded_by FROM protective_measure
                    WHERE expiry_warned_at IS NULL AND expires_at > ? AND expires_at <= ?
                      -- a closed case is read-only: no task is put on it (reopened in time, it is warned then)
                      AND NOT EXISTS (SELECT 1 FROM case_file c WHERE c.id = case_id AND c.closed_at IS NOT NULL)
                    ORDER BY expires_at FOR UPDATE OF protective_measure SKIP LOCKED""")
                    .params(now, now.plusDays(settings.warningDays()))
                    .query((rs, n) -> new Due(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            rs.getObject(4, LocalDateTime.class), rs.getLong(5))).list();
            int count = 0;
            for (Due d : due) {
                if (!expiry.isWarningDue(d.expiresAt(), now)) {
                    continue;
                }
                tasks.add(d.caseId(), SystemTask.measureExpiring(MeasureType.valueOf(d.type()), d.expiresAt().toLocalDate()),
                        d.expiresAt().toLocalDate(), d.recordedBy(), at);
                jdbc.sql("UPDATE protective_measure SET expiry_warned_at = ? WHERE id = ?")
                        .params(Timestamp.from(at), d.id()).update();
                count++;
            }
            return count;
        });
        return created == null ? 0 : created;
    }
}
