package kz.tendik.audit.chain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Verifies the chain every night (cron {@code tendik.audit.verification-cron}, "-" turns it off), on one node
 * only: the node that gets the advisory lock runs it, the others skip. A broken chain is logged as an error.
 */
@Component
@Profile("!cli")
class NightlyVerification {

    private static final Logger log = LoggerFactory.getLogger(NightlyVerification.class);
    private static final long RUN_LOCK = 0x7465_6e64_696b_4156L; // "tendikAV"

    private final Verifications verifications;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    NightlyVerification(Verifications verifications, JdbcClient jdbc, TransactionTemplate transaction) {
        this.verifications = verifications;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Scheduled(cron = "${tendik.audit.verification-cron:0 30 2 * * *}", zone = "${tendik.audit.zone:${tendik.time-zone:Asia/Almaty}}")
    void run() {
        transaction.executeWithoutResult(status -> {
            boolean mine = Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(RUN_LOCK)
                    .query(Boolean.class).single());
            if (!mine) {
                return;
            }
            RecordedVerification result = verifications.run(RecordedVerification.Trigger.SCHEDULE, null);
            if (result.intact()) {
                log.info("Audit chain intact: {} entries checked", result.checkedEntries());
            } else {
                log.error("Audit chain BROKEN at entry {}: {}", result.firstBrokenId(), result.reason());
            }
        });
    }
}
