package kz.tendik.programs.cohort;

import java.util.List;

/** A session's attendance form: everyone holding a place, with their mark so far (null when not yet recorded). */
public record AttendanceSheet(Cohort.Session session, List<Line> lines) {

    public record Line(long enrolmentId, String name, AttendanceMark status) {
    }
}
