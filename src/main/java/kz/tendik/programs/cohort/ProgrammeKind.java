package kz.tendik.programs.cohort;

/** What a programme does; its label is the message {@code programs.kind.<NAME>}. */
public enum ProgrammeKind {
    ENTREPRENEURSHIP, VOCATIONAL, PREVENTION, MENS_ENGAGEMENT, STAFF_TRAINING
}
