package kz.tendik.cases.plan;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts a case's services from what is recorded, for the stage ({@code case_file.planned_services},
 * {@code started_services}, {@code settled_services}; see {@code CaseFacts.stage()}): each planned service of the case
 * plan counts once and is settled when a service provided names it; each referral counts once, started while in
 * progress or accepted, settled when it ends; each service provided outside a referral and outside the plan counts
 * once, settled. So "services implemented" means every planned service delivered and every referral ended. Counted
 * again after every change of the plan, a referral or the services log (never incremented), which also marks the
 * case's last activity.
 */
@Component
public class PlanProgress {

    private final JdbcClient jdbc;

    PlanProgress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void recount(long caseId, Instant now) {
        jdbc.sql("""
                WITH plan AS (
                    SELECT count(*) AS planned,
                           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM case_service s WHERE s.plan_service_id = p.id))
                               AS delivered
                    FROM case_plan_service p WHERE p.case_id = :case),
                referrals AS (
                    SELECT count(*) AS made, count(*) FILTER (WHERE status IN ('IN_PROGRESS', 'ACCEPTED')) AS open
                    FROM referral WHERE case_id = :case),
                unplanned AS (
                    SELECT count(*) AS provided FROM case_service
                    WHERE case_id = :case AND referral_id IS NULL AND plan_service_id IS NULL)
                UPDATE case_file SET planned_services = plan.planned + referrals.made + unplanned.provided,
                       started_services = referrals.open,
                       settled_services = plan.delivered + referrals.made - referrals.open + unplanned.provided,
                       last_activity_at = :now
                FROM plan, referrals, unplanned WHERE case_file.id = :case""")
                .param("case", caseId).param("now", Timestamp.from(now)).update();
    }
}
