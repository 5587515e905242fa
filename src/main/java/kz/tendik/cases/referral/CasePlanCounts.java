package kz.tendik.cases.referral;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the case plan's service counts of {@code case_file} (from which the stage is derived) current: a referral
 * is a planned service started at once and settled when it ends; a service provided outside a referral is planned
 * and settled at once. Each also marks the case's last activity.
 */
@Component
class CasePlanCounts {

    private final JdbcClient jdbc;

    CasePlanCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void referralMade(long caseId, Instant now) {
        jdbc.sql("""
                UPDATE case_file SET planned_services = planned_services + 1, started_services = started_services + 1,
                       last_activity_at = ? WHERE id = ?""").params(Timestamp.from(now), caseId).update();
    }

    void referralSettled(long caseId, Instant now) {
        jdbc.sql("""
                UPDATE case_file SET started_services = greatest(started_services - 1, 0),
                       settled_services = settled_services + 1, last_activity_at = ? WHERE id = ?""")
                .params(Timestamp.from(now), caseId).update();
    }

    void activity(long caseId, Instant now) {
        jdbc.sql("UPDATE case_file SET last_activity_at = ? WHERE id = ?").params(Timestamp.from(now), caseId).update();
    }

    void serviceProvided(long caseId, Instant now) {
        jdbc.sql("""
                UPDATE case_file SET planned_services = planned_services + 1, settled_services = settled_services + 1,
                       last_activity_at = ? WHERE id = ?""").params(Timestamp.from(now), caseId).update();
    }
}
