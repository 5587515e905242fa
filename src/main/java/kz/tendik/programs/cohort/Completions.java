package kz.tendik.programs.cohort;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.tendik.identity.CurrentUser;
import kz.tendik.shared.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Module completion per participant, the programme's completion rule, and the rule applied to a cohort: who has
 * completed and, for the others, why not.
 */
@Service
public class Completions {

    private final JdbcClient jdbc;
    private final Cohorts cohorts;
    private final Programmes programmes;
    private final Enrolments enrolments;
    private final ProgramsAudit audit;

    Completions(JdbcClient jdbc, Cohorts cohorts, Programmes programmes, Enrolments enrolments, ProgramsAudit audit) {
        this.jdbc = jdbc;
        this.cohorts = cohorts;
        this.programmes = programmes;
        this.enrolments = enrolments;
        this.audit = audit;
    }

    public CompletionRule rule(long programmeId) {
        return jdbc.sql("SELECT min_attendance_percent, required_modules FROM programme WHERE id = ?").param(programmeId)
                .query((rs, n) -> new CompletionRule(rs.getInt(1), Programmes.strings(rs.getArray(2)))).optional()
                .orElseThrow(NotFoundException::new);
    }

    /** Sets a programme's completion rule; the required modules must be modules of its curriculum. */
    @Transactional
    public CompletionRule setRule(long programmeId, CompletionRule.Draft draft, CurrentUser user) {
        Programme programme = programmes.get(programmeId, user);
        Problems p = new Problems();
        if (draft.minAttendancePercent() == null) {
            p.add("minAttendancePercent", "validation.required");
        } else if (draft.minAttendancePercent() < 0 || draft.minAttendancePercent() > 100) {
            p.add("minAttendancePercent", "programs.completion.percentRange");
        }
        List<String> required = draft.requiredModules() == null ? List.of()
                : draft.requiredModules().stream().map(Problems::trim).filter(m -> !m.isEmpty()).distinct().toList();
        if (!programme.modules().containsAll(required)) {
            p.add("requiredModules", "programs.completion.unknownModule");
        }
        p.throwIfAny();
        jdbc.sql("UPDATE programme SET min_attendance_percent = ?, required_modules = ?, updated_at = now() WHERE id = ?")
                .params(draft.minAttendancePercent(), required.toArray(String[]::new), programmeId).update();
        audit.record(user, "programme.completionRule", "programme", programmeId);
        return rule(programmeId);
    }

    /** The modules each participant of the cohort has completed: enrolment id → module names. */
    public Map<Long, Set<String>> modules(long cohortId, CurrentUser user) {
        cohorts.get(cohortId, user);
        return modulesDone(cohortId);
    }

    private Map<Long, Set<String>> modulesDone(long cohortId) {
        Map<Long, Set<String>> done = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT m.enrolment_id, m.module FROM module_completion m JOIN enrolment e ON e.id = m.enrolment_id
                WHERE e.cohort_id = ? ORDER BY m.enrolment_id, m.module""").param(cohortId)
                .query(rs -> {
                    done.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
                });
        return done;
    }

    /** Replaces a participant's completed modules with the given ones (modules of the programme only). */
    @Transactional
    public Set<String> setModules(long cohortId, long enrolmentId, List<String> modules, CurrentUser user) {
        Cohort cohort = cohorts.get(cohortId, user);
        EnrolmentStatus status = enrolments.status(cohortId, enrolmentId).orElseThrow(NotFoundException::new);
        List<String> curriculum = programmes.find(cohort.programmeId()).orElseThrow().modules();
        List<String> chosen = modules == null ? List.of() : modules.stream().map(Problems::trim).distinct().toList();
        Problems p = new Problems();
        if (!status.holdsPlace()) {
            p.add("enrolmentId", "programs.attendance.notEnrolled");
        }
        if (!curriculum.containsAll(chosen)) {
            p.add("modules", "programs.completion.unknownModule");
        }
        p.throwIfAny();
        jdbc.sql("DELETE FROM module_completion WHERE enrolment_id = ?").param(enrolmentId).update();
        for (String module : chosen) {
            jdbc.sql("INSERT INTO module_completion (enrolment_id, module, recorded_by) VALUES (?, ?, ?)")
                    .params(enrolmentId, module, user.id()).update();
        }
        audit.record(user, "enrolment.modules", "enrolment", enrolmentId);
        return Set.copyOf(chosen);
    }

    /** The programme's rule applied to every participant of the cohort: enrolment id → verdict. */
    public Map<Long, CompletionRule.Completion> evaluate(long cohortId, CurrentUser user) {
        Cohort cohort = cohorts.get(cohortId, user);
        return evaluate(cohort);
    }

    Map<Long, CompletionRule.Completion> evaluate(Cohort cohort) {
        CompletionRule rule = rule(cohort.programmeId());
        Map<Long, Set<String>> done = modulesDone(cohort.id());
        record Row(long id, boolean holdsPlace, int present, int excused) {
        }
        List<Row> rows = new ArrayList<>(jdbc.sql("""
                        SELECT e.id, e.status IN ('ENROLLED', 'COMPLETED'),
                               count(*) FILTER (WHERE a.status = 'PRESENT'), count(*) FILTER (WHERE a.status = 'EXCUSED')
                        FROM enrolment e LEFT JOIN attendance a ON a.enrolment_id = e.id
                        WHERE e.cohort_id = ? GROUP BY e.id ORDER BY e.id""").param(cohort.id())
                .query((rs, n) -> new Row(rs.getLong(1), rs.getBoolean(2), rs.getInt(3), rs.getInt(4))).list());
        Map<Long, CompletionRule.Completion> result = new LinkedHashMap<>();
        for (Row r : rows) {
            result.put(r.id(), rule.evaluate(new CompletionRule.Progress(r.holdsPlace(), cohort.sessions().size(),
                    r.present(), r.excused(), done.getOrDefault(r.id(), Set.of()))));
        }
        return result;
    }
}
