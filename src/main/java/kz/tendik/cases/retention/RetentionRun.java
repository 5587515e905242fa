package kz.tendik.cases.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import kz.tendik.audit.AuditLog;
import kz.tendik.audit.AuditRecord;
import kz.tendik.cases.casefile.RetentionPlan;
import kz.tendik.cases.casefile.RetentionStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention: every day ({@code tendik.cases.retention.purge-cron}) purges the free text of closed cases whose text
 * period has passed and the whole record of those whose record period has; cases on legal hold, open or reopened are
 * never touched. One node runs it (transaction-scoped advisory lock; the others skip). Each case is purged under a
 * savepoint, so one failure leaves the others done; each purge is audited with the case id and what was removed
 * (counts per column or table), never content. A dry run changes nothing and audits nothing.
 */
@Component
public class RetentionRun {

    static final long RUN_LOCK = 0x7465_6E64_7075_7267L; // "tendpurg"
    private static final Logger LOG = LoggerFactory.getLogger(RetentionRun.class);

    private final JdbcClient jdbc;
    private final CasePurge purge;
    private final RetentionSettings settings;
    private final AuditLog audit;
    private final TransactionTemplate run;
    private final TransactionTemplate perCase;
    private final Clock clock;
    private final ZoneId zone;

    RetentionRun(JdbcClient jdbc, CasePurge purge, RetentionSettings settings, AuditLog audit,
                 PlatformTransactionManager transactions, Clock clock,
                 @Value("${tendik.time-zone:Asia/Almaty}") ZoneId zone) {
        this.jdbc = jdbc;
        this.purge = purge;
        this.settings = settings;
        this.audit = audit;
        this.run = new TransactionTemplate(transactions);
        this.perCase = new TransactionTemplate(transactions);
        this.perCase.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.clock = clock;
        this.zone = zone;
    }

    /** What happened to one case: the step, what was (or would be) removed, and whether it failed. */
    public record CaseOutcome(long caseId, RetentionStep step, Map<String, Integer> purged, boolean failed) {
    }

    /**
     * {@code ran} is false when another node held the lock; {@code survivorsWithoutCase} counts the registrations that
     * never got a case, removed (or, in a dry run, due) once the record period has passed since they were made.
     */
    public record Report(boolean ran, boolean dryRun, Instant at, List<CaseOutcome> cases, int survivorsWithoutCase) {
        public long count(RetentionStep step) {
            return cases.stream().filter(c -> c.step() == step && !c.failed()).count();
        }

        public long failures() {
            return cases.stream().filter(CaseOutcome::failed).count();
        }
    }

    @Scheduled(cron = "${tendik.cases.retention.purge-cron:0 30 2 * * *}", zone = "${tendik.time-zone:Asia/Almaty}")
    public void daily() {
        Report report = run(false, "system:retention");
        LOG.info("Retention: {} cases' text and {} whole records purged, {} failed; {} survivors without a case removed",
                report.count(RetentionStep.TEXT), report.count(RetentionStep.RECORD), report.failures(),
                report.survivorsWithoutCase());
    }

    /** Purges (or, with {@code dryRun}, only reports) what is due now; {@code actor} names the run in the audit log. */
    public Report run(boolean dryRun, String actor) {
        Instant now = clock.instant();
        Report report = run.execute(status -> {
            if (!dryRun && !Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(RUN_LOCK)
                    .query(Boolean.class).single())) {
                return new Report(false, false, now, List.of(), 0);
            }
            List<CaseOutcome> outcomes = new ArrayList<>();
            for (Candidate candidate : candidates(now, dryRun)) {
                RetentionStep step = settings.plan().due(candidate.facts(), now, zone);
                if (step != RetentionStep.NONE) {
                    outcomes.add(dryRun ? new CaseOutcome(candidate.id(), step, remove(candidate.id(), step, true, now), false)
                            : purgeOne(candidate.id(), step, now, actor));
                }
            }
            int survivors = survivorsWithoutCase(now, dryRun, actor);
            return new Report(true, dryRun, now, List.copyOf(outcomes), survivors);
        });
        return report;
    }

    private CaseOutcome purgeOne(long caseId, RetentionStep step, Instant now, String actor) {
        String action = step == RetentionStep.TEXT ? "case.purge.text" : "case.purge.record";
        try {
            Map<String, Integer> purged = perCase.execute(s -> {
                Map<String, Integer> removed = remove(caseId, step, false, now);
                audit.record(new AuditRecord(null, actor, action, "case", String.valueOf(caseId),
                        CasePurge.describe(removed), AuditRecord.Outcome.SUCCESS, null));
                return removed;
            });
            return new CaseOutcome(caseId, step, purged, false);
        } catch (RuntimeException e) {
            LOG.warn("Retention could not purge case {}: {}", caseId, e.getClass().getSimpleName());
            audit.record(new AuditRecord(null, actor, action, "case", String.valueOf(caseId),
                    "failed:" + e.getClass().getSimpleName(), AuditRecord.Outcome.FAILURE, null));
            return new CaseOutcome(caseId, step, Map.of(), true);
        }
    }

    /**
     * Survivors registered more than the record period ago who have no case at all (an intake left unfinished):
     * their profile and lookups are removed, each audited as {@code survivor.purge} with the id only.
     */
    private int survivorsWithoutCase(Instant now, boolean dryRun, String actor) {
        Instant cutoff = now.atZone(zone).toLocalDate().minus(settings.recordAfter()).atStartOfDay(zone).toInstant();
        List<Long> due = jdbc.sql("""
                SELECT s.id FROM survivor s WHERE s.created_at < ?
                AND NOT EXISTS (SELECT 1 FROM case_file c WHERE c.survivor_id = s.id) ORDER BY s.id""")
                .param(java.sql.Timestamp.from(cutoff)).query(Long.class).list();
        if (dryRun) {
            return due.size();
        }
        int removed = 0;
        for (long survivorId : due) {
            try {
                removed += perCase.execute(s -> {
                    int n = jdbc.sql("""
                            DELETE FROM survivor s WHERE s.id = ?
                            AND NOT EXISTS (SELECT 1 FROM case_file c WHERE c.survivor_id = s.id)""")
                            .param(survivorId).update();
                    if (n > 0) {
                        audit.record(new AuditRecord(null, actor, "survivor.purge", "survivor",
                                String.valueOf(survivorId), "no-case", AuditRecord.Outcome.SUCCESS, null));
                    }
                    return n;
                });
            } catch (RuntimeException e) {
                LOG.warn("Retention could not remove survivor {}: {}", survivorId, e.getClass().getSimpleName());
            }
        }
        return removed;
    }

    private Map<String, Integer> remove(long caseId, RetentionStep step, boolean dryRun, Instant now) {
        return step == RetentionStep.TEXT ? purge.text(caseId, dryRun, now) : purge.record(caseId, dryRun);
    }

    private record Candidate(long id, RetentionPlan.Facts facts) {
    }

    /**
     * Closed cases not on hold that were closed before the text period could have passed (a day's margin; the plan
     * decides exactly), leaving out those whose text is gone while their record is not yet due.
     */
    private List<Candidate> candidates(Instant now, boolean dryRun) {
        LocalDate today = now.atZone(zone).toLocalDate();
        Instant textCutoff = today.minus(settings.textAfter()).plusDays(1).atStartOfDay(zone).toInstant();
        Instant recordCutoff = today.minus(settings.recordAfter()).plusDays(1).atStartOfDay(zone).toInstant();
        return jdbc.sql("""
                SELECT id, closed_at, reopened_at, legal_hold, text_purged_at FROM case_file
                WHERE closed_at IS NOT NULL AND NOT legal_hold AND (reopened_at IS NULL OR closed_at > reopened_at)
                  AND closed_at < :textCutoff AND (text_purged_at IS NULL OR closed_at < :recordCutoff)
                ORDER BY closed_at, id""" + (dryRun ? "" : " FOR UPDATE SKIP LOCKED"))
                .param("textCutoff", Timestamp.from(textCutoff)).param("recordCutoff", Timestamp.from(recordCutoff))
                .query((rs, n) -> new Candidate(rs.getLong(1), new RetentionPlan.Facts(rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(), rs.getBoolean(4),
                        rs.getTimestamp(5) != null)))
                .list();
    }
}
