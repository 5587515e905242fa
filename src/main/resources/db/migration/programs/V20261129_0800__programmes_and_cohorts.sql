-- Programmes (empowerment, education, prevention), their cohorts and sessions, participants, enrolments and
-- attendance. A participant's name and contact are one ciphertext (FieldCipher, associated data
-- 'participant.person:<id>'); year of birth, sex and region stay in clear for statistics. referral_reference is
-- an opaque string from a family support centre that programme staff cannot resolve; it is never shown to them.
CREATE TABLE programme (
    id            BIGSERIAL PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('ENTREPRENEURSHIP', 'VOCATIONAL', 'PREVENTION', 'MENS_ENGAGEMENT',
                                                'STAFF_TRAINING')),
    name_kk       TEXT NOT NULL CHECK (length(name_kk) BETWEEN 1 AND 200),
    name_ru       TEXT NOT NULL CHECK (length(name_ru) BETWEEN 1 AND 200),
    name_en       TEXT NOT NULL CHECK (length(name_en) BETWEEN 1 AND 200),
    goal_kk       TEXT NOT NULL DEFAULT '',
    goal_ru       TEXT NOT NULL DEFAULT '',
    goal_en       TEXT NOT NULL DEFAULT '',
    modules       TEXT[] NOT NULL DEFAULT '{}',
    eligibility   TEXT NOT NULL DEFAULT '',
    languages     TEXT[] NOT NULL DEFAULT '{}' CHECK (languages <@ ARRAY['kk', 'ru', 'en']),
    region_code   TEXT REFERENCES region (code),  -- NULL: the whole country
    active        BOOLEAN NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE cohort (
    id            BIGSERIAL PRIMARY KEY,
    programme_id  BIGINT NOT NULL REFERENCES programme (id),
    name          TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    starts_on     DATE NOT NULL,
    ends_on       DATE NOT NULL,
    online        BOOLEAN NOT NULL DEFAULT FALSE,
    place         TEXT NOT NULL DEFAULT '',
    region_code   TEXT NOT NULL REFERENCES region (code),
    capacity      INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 10000),
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (ends_on >= starts_on)
);
CREATE INDEX cohort_programme ON cohort (programme_id);

CREATE TABLE cohort_facilitator (
    cohort_id     BIGINT NOT NULL REFERENCES cohort (id) ON DELETE CASCADE,
    user_id       BIGINT NOT NULL REFERENCES app_user (id),
    PRIMARY KEY (cohort_id, user_id)
);
CREATE INDEX cohort_facilitator_user ON cohort_facilitator (user_id);

CREATE TABLE cohort_session (
    id            BIGSERIAL PRIMARY KEY,
    cohort_id     BIGINT NOT NULL REFERENCES cohort (id) ON DELETE CASCADE,
    held_on       DATE NOT NULL,
    topic         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX cohort_session_cohort ON cohort_session (cohort_id, held_on);

CREATE TABLE participant (
    id                  BIGINT PRIMARY KEY,
    person              BYTEA NOT NULL,               -- FieldCipher({"name":..,"contact":..})
    birth_year          INTEGER NOT NULL CHECK (birth_year BETWEEN 1900 AND 2100),
    sex                 TEXT NOT NULL CHECK (sex IN ('FEMALE', 'MALE')),
    region_code         TEXT NOT NULL REFERENCES region (code),
    referral_reference  TEXT CHECK (length(referral_reference) <= 100),
    created_by          BIGINT REFERENCES app_user (id),
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE SEQUENCE participant_id_seq OWNED BY participant.id;

CREATE TABLE enrolment (
    id             BIGSERIAL PRIMARY KEY,
    cohort_id      BIGINT NOT NULL REFERENCES cohort (id),
    participant_id BIGINT NOT NULL REFERENCES participant (id),
    status         TEXT NOT NULL CHECK (status IN ('ENROLLED', 'WAITING', 'WITHDRAWN', 'COMPLETED')),
    consent_at     TIMESTAMPTZ NOT NULL,          -- consent recorded: no enrolment without it
    consent_by     BIGINT REFERENCES app_user (id),
    queued_at      TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(), -- the waiting list's order (then id)
    changed_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (cohort_id, participant_id)
);
CREATE INDEX enrolment_waiting ON enrolment (cohort_id, queued_at, id) WHERE status = 'WAITING';

CREATE TABLE attendance (
    session_id     BIGINT NOT NULL REFERENCES cohort_session (id) ON DELETE CASCADE,
    enrolment_id   BIGINT NOT NULL REFERENCES enrolment (id),
    status         TEXT NOT NULL CHECK (status IN ('PRESENT', 'ABSENT', 'EXCUSED')),
    recorded_by    BIGINT REFERENCES app_user (id),
    recorded_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (session_id, enrolment_id)
);
