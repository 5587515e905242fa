package kz.tendik.programs.cohort;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.tendik.identity.CurrentUser;
import kz.tendik.shared.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance per session and enrolment. A session's marks are recorded in one go: every row is checked first
 * (the session is the cohort's and within its dates, each person holds a place in it, each mark is given) and one
 * wrong row refuses the whole submission.
 */
@Service
public class Attendance {

    private final JdbcClient jdbc;
    private final Cohorts cohorts;
    private final Enrolments enrolments;
    private final ProgramsAudit audit;

    Attendance(JdbcClient jdbc, Cohorts cohorts, Enrolments enrolments, ProgramsAudit audit) {
        this.jdbc = jdbc;
        this.cohorts = cohorts;
        this.enrolments = enrolments;
        this.audit = audit;
    }

    /** The form for one session of the cohort. Audited as a read of the cohort's participants. */
    @Transactional
    public AttendanceSheet sheet(long cohortId, long sessionId, CurrentUser user) {
        Cohort cohort = cohorts.get(cohortId, user);
        Cohort.Session session = cohort.sessions().stream().filter(s -> s.id() == sessionId).findFirst()
                .orElseThrow(NotFoundException::new);
        Map<Long, AttendanceMark> marks = marks(sessionId);
        List<AttendanceSheet.Line> lines = enrolments.list(cohortId, user).stream()
                .filter(e -> e.status().holdsPlace() || marks.containsKey(e.id()))
                .map(e -> new AttendanceSheet.Line(e.id(), e.name(), marks.get(e.id()))).toList();
        return new AttendanceSheet(session, lines);
    }

    /** All marks of the cohort: session id → enrolment id → mark. */
    public Map<Long, Map<Long, AttendanceMark>> all(long cohortId, CurrentUser user) {
        Cohort cohort = cohorts.get(cohortId, user);
        Map<Long, Map<Long, AttendanceMark>> all = new HashMap<>();
        for (Cohort.Session s : cohort.sessions()) {
            all.put(s.id(), marks(s.id()));
        }
        return all;
    }

    private Map<Long, AttendanceMark> marks(long sessionId) {
        Map<Long, AttendanceMark> marks = new HashMap<>();
        jdbc.sql("SELECT enrolment_id, status FROM attendance WHERE session_id = ?").param(sessionId)
                .query(rs -> {
                    marks.put(rs.getLong(1), AttendanceMark.valueOf(rs.getString(2)));
                });
        return marks;
    }

    /** Saves the session's marks together; refused whole, naming every wrong row, when one is invalid. */
    @Transactional
    public int record(long cohortId, AttendanceDraft d, CurrentUser user) {
        Cohort cohort = cohorts.get(cohortId, user);
        cohort.requireOpen();
        Problems p = new Problems();
        Cohort.Session session = null;
        if (d.sessionId() == null) {
            p.add("sessionId", "validation.required");
        } else {
            session = cohort.sessions().stream().filter(s -> s.id() == d.sessionId()).findFirst().orElse(null);
            if (session == null) {
                p.add("sessionId", "programs.attendance.unknownSession");
            } else if (!cohort.covers(session.heldOn())) {
                p.add("sessionId", "programs.session.outsideCohort");
            }
        }
        List<AttendanceDraft.Row> rows = d.rows() == null ? List.of() : d.rows();
        if (rows.isEmpty()) {
            p.add("rows", "programs.attendance.noRows");
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            AttendanceDraft.Row row = rows.get(i);
            String prefix = "rows[" + i + "].";
            if (row == null || row.enrolmentId() == null) {
                p.add(prefix + "enrolmentId", "validation.required");
                continue;
            }
            boolean enrolled = enrolments.status(cohortId, row.enrolmentId()).map(EnrolmentStatus::holdsPlace)
                    .orElse(false);
            if (!enrolled) {
                p.add(prefix + "enrolmentId", "programs.attendance.notEnrolled");
            } else if (!seen.add(row.enrolmentId())) {
                p.add(prefix + "enrolmentId", "programs.attendance.twice");
            }
            if (row.status() == null) {
                p.add(prefix + "status", "programs.attendance.markRequired");
            }
        }
        p.throwIfAny();
        for (AttendanceDraft.Row row : rows) {
            jdbc.sql("""
                    INSERT INTO attendance (session_id, enrolment_id, status, recorded_by) VALUES (?, ?, ?, ?)
                    ON CONFLICT (session_id, enrolment_id)
                    DO UPDATE SET status = excluded.status, recorded_by = excluded.recorded_by, recorded_at = now()""")
                    .params(session.id(), row.enrolmentId(), row.status().name(), user.id()).update();
        }
        audit.record(user, "attendance.record", "cohort_session", session.id());
        return rows.size();
    }
}
