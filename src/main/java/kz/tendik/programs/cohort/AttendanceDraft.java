package kz.tendik.programs.cohort;

import java.util.List;

/** The attendance of one session, one row per participant, saved together or not at all. */
public record AttendanceDraft(Long sessionId, List<Row> rows) {

    public record Row(Long enrolmentId, AttendanceMark status) {
    }
}
