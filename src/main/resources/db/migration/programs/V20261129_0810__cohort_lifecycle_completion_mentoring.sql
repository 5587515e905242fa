-- A cohort's life after opening: edits under optimistic locking (version), closing (no enrolment or attendance
-- after closed_at). A programme's completion rule (minimum attendance and required modules), module completion per
-- enrolment, a mentor per enrolment (mentors are volunteers, not users of the system) and mentoring meetings.
ALTER TABLE cohort ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cohort ADD COLUMN closed_at TIMESTAMPTZ;
ALTER TABLE cohort ADD COLUMN closed_by BIGINT REFERENCES app_user (id);

ALTER TABLE programme ADD COLUMN min_attendance_percent INTEGER NOT NULL DEFAULT 0
    CHECK (min_attendance_percent BETWEEN 0 AND 100);
ALTER TABLE programme ADD COLUMN required_modules TEXT[] NOT NULL DEFAULT '{}';

CREATE TABLE module_completion (
    enrolment_id  BIGINT NOT NULL REFERENCES enrolment (id),
    module        TEXT NOT NULL CHECK (length(module) BETWEEN 1 AND 200),
    recorded_by   BIGINT REFERENCES app_user (id),
    recorded_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (enrolment_id, module)
);

CREATE TABLE mentorship (
    enrolment_id  BIGINT PRIMARY KEY REFERENCES enrolment (id),
    mentor_name   TEXT NOT NULL CHECK (length(mentor_name) BETWEEN 1 AND 200),
    organisation  TEXT NOT NULL DEFAULT '' CHECK (length(organisation) <= 200),
    assigned_by   BIGINT REFERENCES app_user (id),
    assigned_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE mentoring_meeting (
    id            BIGSERIAL PRIMARY KEY,
    enrolment_id  BIGINT NOT NULL REFERENCES mentorship (enrolment_id),
    met_on        DATE NOT NULL,
    topic         TEXT NOT NULL CHECK (length(topic) BETWEEN 1 AND 200),
    minutes       INTEGER NOT NULL CHECK (minutes BETWEEN 5 AND 600),
    recorded_by   BIGINT REFERENCES app_user (id),
    recorded_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX mentoring_meeting_enrolment ON mentoring_meeting (enrolment_id, met_on);
