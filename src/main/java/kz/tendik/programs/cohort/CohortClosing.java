package kz.tendik.programs.cohort;

import java.util.Map;

import kz.tendik.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes a cohort: the programme's completion rule decides who has completed (their enrolment becomes COMPLETED,
 * the others stay enrolled without completing), and from then on nobody is enrolled or withdrawn and no attendance
 * is taken. Closing twice is refused.
 */
@Service
public class CohortClosing {

    private final JdbcClient jdbc;
    private final Cohorts cohorts;
    private final Completions completions;
    private final ProgramsAudit audit;

    CohortClosing(JdbcClient jdbc, Cohorts cohorts, Completions completions, ProgramsAudit audit) {
        this.jdbc = jdbc;
        this.cohorts = cohorts;
        this.completions = completions;
        this.audit = audit;
    }

    /** Closes the cohort and returns how many completed it. */
    @Transactional
    public int close(long cohortId, CurrentUser user) {
        cohorts.manage(cohortId, user);
        jdbc.sql("SELECT id FROM cohort WHERE id = ? FOR UPDATE").param(cohortId).query(Long.class).single();
        Cohort cohort = cohorts.find(cohortId).orElseThrow();
        cohort.requireOpen();
        int completed = 0;
        for (Map.Entry<Long, CompletionRule.Completion> e : completions.evaluate(cohort).entrySet()) {
            if (e.getValue().completed()) {
                completed += jdbc.sql("""
                        UPDATE enrolment SET status = 'COMPLETED', changed_at = now()
                        WHERE id = ? AND status = 'ENROLLED'""").param(e.getKey()).update();
            }
        }
        jdbc.sql("UPDATE cohort SET closed_at = now(), closed_by = ?, version = version + 1 WHERE id = ?")
                .params(user.id(), cohortId).update();
        audit.record(user, "cohort.close", "cohort", cohortId);
        return completed;
    }
}
