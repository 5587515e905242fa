package kz.tendik.cases.referral;

import java.sql.Timestamp;
import java.time.Instant;

import kz.tendik.cases.plan.PlanProgress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the case plan's service counts of {@code case_file} (from which the stage is derived) current after a
 * referral or a service provided: they are counted again from what is recorded ({@link PlanProgress}), which also
 * marks the case's last activity.
 */
@Component
class CasePlanCounts {

    private final JdbcClient jdbc;
    private final PlanProgress progress;

    CasePlanCounts(JdbcClient jdbc, PlanProgress progress) {
        this.jdbc = jdbc;
        this.progress = progress;
    }

    void referralMade(long caseId, Instant now) {
        progress.recount(caseId, now);
    }

    void referralSettled(long caseId, Instant now) {
        progress.recount(caseId, now);
    }

    void activity(long caseId, Instant now) {
        jdbc.sql("UPDATE case_file SET last_activity_at = ? WHERE id = ?").params(Timestamp.from(now), caseId).update();
    }

    void serviceProvided(long caseId, Instant now) {
        progress.recount(caseId, now);
    }
}
