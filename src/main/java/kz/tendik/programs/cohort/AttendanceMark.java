package kz.tendik.programs.cohort;

/** A participant's attendance at one session. */
public enum AttendanceMark {
    PRESENT, ABSENT, EXCUSED
}
