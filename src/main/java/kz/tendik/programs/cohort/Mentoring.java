package kz.tendik.programs.cohort;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.tendik.identity.CurrentUser;
import kz.tendik.shared.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static kz.tendik.programs.cohort.Problems.blank;
import static kz.tendik.programs.cohort.Problems.trim;

/**
 * Mentors and mentoring meetings. A mentor is a volunteer (an entrepreneur, a banker) named with their organisation,
 * not a user of the system; each participant has at most one mentor at a time (assigning another replaces them,
 * the meetings stay). Mentoring goes on after the cohort closes.
 */
@Service
public class Mentoring {

    private final JdbcClient jdbc;
    private final Cohorts cohorts;
    private final Enrolments enrolments;
    private final ProgramsAudit audit;
    private final Today today;

    Mentoring(JdbcClient jdbc, Cohorts cohorts, Enrolments enrolments, ProgramsAudit audit, Today today) {
        this.jdbc = jdbc;
        this.cohorts = cohorts;
        this.enrolments = enrolments;
        this.audit = audit;
        this.today = today;
    }

    public record MentorDraft(String name, String organisation) {
    }

    public record MeetingDraft(LocalDate metOn, String topic, Integer minutes) {
    }

    public record Meeting(long id, LocalDate metOn, String topic, int minutes) {
    }

    /** A participant's mentor and their meetings, newest first. */
    public record Mentorship(long enrolmentId, String mentorName, String organisation, List<Meeting> meetings) {

        public int totalMinutes() {
            return meetings.stream().mapToInt(Meeting::minutes).sum();
        }
    }

    /** Every mentorship of the cohort: enrolment id → mentor and meetings. */
    public Map<Long, Mentorship> ofCohort(long cohortId, CurrentUser user) {
        cohorts.get(cohortId, user);
        Map<Long, Mentorship> result = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT m.enrolment_id, m.mentor_name, m.organisation FROM mentorship m
                JOIN enrolment e ON e.id = m.enrolment_id WHERE e.cohort_id = ? ORDER BY m.enrolment_id""")
                .param(cohortId).query(rs -> {
                    long id = rs.getLong(1);
                    result.put(id, new Mentorship(id, rs.getString(2), rs.getString(3), meetings(id)));
                });
        return result;
    }

    public Optional<Mentorship> of(long cohortId, long enrolmentId, CurrentUser user) {
        return Optional.ofNullable(ofCohort(cohortId, user).get(enrolmentId));
    }

    private List<Meeting> meetings(long enrolmentId) {
        return jdbc.sql("SELECT id, met_on, topic, minutes FROM mentoring_meeting WHERE enrolment_id = ? ORDER BY met_on DESC, id DESC")
                .param(enrolmentId).query((rs, n) -> new Meeting(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getString(3), rs.getInt(4))).list();
    }

    /** Assigns (or replaces) the participant's mentor. */
    @Transactional
    public void assign(long cohortId, long enrolmentId, MentorDraft d, CurrentUser user) {
        cohorts.get(cohortId, user);
        Problems p = new Problems();
        requireHoldsPlace(cohortId, enrolmentId, p);
        if (blank(d.name())) {
            p.add("name", "validation.required");
        } else if (d.name().strip().length() > 200) {
            p.add("name", "programs.validation.tooLong", 200);
        }
        if (d.organisation() != null && d.organisation().strip().length() > 200) {
            p.add("organisation", "programs.validation.tooLong", 200);
        }
        p.throwIfAny();
        jdbc.sql("""
                INSERT INTO mentorship (enrolment_id, mentor_name, organisation, assigned_by) VALUES (?, ?, ?, ?)
                ON CONFLICT (enrolment_id) DO UPDATE SET mentor_name = excluded.mentor_name,
                    organisation = excluded.organisation, assigned_by = excluded.assigned_by, assigned_at = now()""")
                .params(enrolmentId, d.name().strip(), trim(d.organisation()), user.id()).update();
        audit.record(user, "mentorship.assign", "enrolment", enrolmentId);
    }

    /** Records a meeting with the participant's mentor: on a day from the cohort's start to today, 5–600 minutes. */
    @Transactional
    public long meet(long cohortId, long enrolmentId, MeetingDraft d, CurrentUser user) {
        Cohort cohort = cohorts.get(cohortId, user);
        Problems p = new Problems();
        requireHoldsPlace(cohortId, enrolmentId, p);
        if (p.isEmpty() && jdbc.sql("SELECT count(*) FROM mentorship WHERE enrolment_id = ?").param(enrolmentId)
                .query(Long.class).single() == 0) {
            p.add("enrolmentId", "programs.mentoring.noMentor");
        }
        if (d.metOn() == null) {
            p.add("metOn", "validation.required");
        } else if (d.metOn().isBefore(cohort.startsOn()) || d.metOn().isAfter(today.date())) {
            p.add("metOn", "programs.mentoring.dateRange");
        }
        if (blank(d.topic())) {
            p.add("topic", "validation.required");
        } else if (d.topic().strip().length() > 200) {
            p.add("topic", "programs.validation.tooLong", 200);
        }
        if (d.minutes() == null) {
            p.add("minutes", "validation.required");
        } else if (d.minutes() < 5 || d.minutes() > 600) {
            p.add("minutes", "programs.mentoring.minutesRange", 5, 600);
        }
        p.throwIfAny();
        long id = jdbc.sql("""
                        INSERT INTO mentoring_meeting (enrolment_id, met_on, topic, minutes, recorded_by)
                        VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(enrolmentId, d.metOn(), d.topic().strip(), d.minutes(), user.id()).query(Long.class).single();
        audit.record(user, "mentoring.meeting.create", "enrolment", enrolmentId);
        return id;
    }

    private void requireHoldsPlace(long cohortId, long enrolmentId, Problems p) {
        EnrolmentStatus status = enrolments.status(cohortId, enrolmentId).orElseThrow(NotFoundException::new);
        if (!status.holdsPlace()) {
            p.add("enrolmentId", "programs.attendance.notEnrolled");
        }
    }
}
