-- Cases module, part 1: survivor registry, case files, consents, notes, follow-ups, timeline, break-glass access
-- and idempotency keys (decision 0010). Every personal value is an AEAD ciphertext (bytea) whose associated
-- data names its column and row id, so ids are taken from the sequence before the insert. Clear columns hold
-- identifiers, codes, dates and counts only.

-- A survivor: the whole profile (names, IIN, birth date, sex, languages, disability, citizenship, children,
-- contact channels with safety flags, safe address, emergency contact) is ONE ciphertext of a JSON document,
-- associated data 'survivor.profile:<id>'.
CREATE SEQUENCE survivor_id_seq;
CREATE TABLE survivor (
    id          BIGINT PRIMARY KEY DEFAULT nextval('survivor_id_seq'),
    centre_id   BIGINT NOT NULL REFERENCES centre (id),     -- the registering centre
    profile     BYTEA  NOT NULL,
    created_by  BIGINT NOT NULL REFERENCES app_user (id),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
ALTER SEQUENCE survivor_id_seq OWNED BY survivor.id;
CREATE INDEX survivor_centre_idx ON survivor (centre_id);

-- Blind indexes (HMAC-SHA256, 32 bytes) for exact search: the IIN, each phone, the full name as written and its
-- Latin skeleton (and the passport Latin spelling when one is recorded).
CREATE TABLE survivor_lookup (
    survivor_id BIGINT NOT NULL REFERENCES survivor (id) ON DELETE CASCADE,
    kind        TEXT   NOT NULL CHECK (kind IN ('IIN', 'PHONE', 'FULL_NAME', 'FULL_NAME_LATIN')),
    hash        BYTEA  NOT NULL CHECK (length(hash) = 32),
    PRIMARY KEY (survivor_id, kind, hash)
);
CREATE INDEX survivor_lookup_hash_idx ON survivor_lookup (kind, hash);

-- Case numbers are counted per centre and year: KZ71-03-2026-00042 (region, centre, year, running number).
CREATE TABLE case_number_counter (
    centre_id BIGINT NOT NULL REFERENCES centre (id),
    year      INT    NOT NULL,
    last      INT    NOT NULL,
    PRIMARY KEY (centre_id, year)
);

-- A case file. The stage is derived (CaseFacts.stage()) from the facts kept here; later parts (incidents,
-- risk, case plan, services, closure) keep these columns current. `version` is the optimistic lock.
CREATE TABLE case_file (
    id                  BIGSERIAL PRIMARY KEY,
    case_number         TEXT   NOT NULL UNIQUE,
    survivor_id         BIGINT NOT NULL REFERENCES survivor (id),
    centre_id           BIGINT NOT NULL REFERENCES centre (id),
    family_category     TEXT CHECK (family_category IN ('A', 'B', 'C', 'D', 'E')),
    opened_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_by           BIGINT NOT NULL REFERENCES app_user (id),
    assessment_recorded BOOLEAN NOT NULL DEFAULT FALSE,
    case_plan_recorded  BOOLEAN NOT NULL DEFAULT FALSE,
    planned_services    INT NOT NULL DEFAULT 0 CHECK (planned_services >= 0),
    started_services    INT NOT NULL DEFAULT 0 CHECK (started_services >= 0),
    settled_services    INT NOT NULL DEFAULT 0 CHECK (settled_services >= 0),
    last_activity_at    TIMESTAMP WITH TIME ZONE,
    closed_at           TIMESTAMP WITH TIME ZONE,
    reopened_at         TIMESTAMP WITH TIME ZONE,
    legal_hold          BOOLEAN NOT NULL DEFAULT FALSE,
    version             INT NOT NULL DEFAULT 0,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX case_file_centre_idx ON case_file (centre_id, opened_at DESC);
CREATE INDEX case_file_survivor_idx ON case_file (survivor_id);

-- The caseworkers assigned to a case (the lead and others).
CREATE TABLE case_assignment (
    case_id     BIGINT NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    user_id     BIGINT NOT NULL REFERENCES app_user (id),
    lead        BOOLEAN NOT NULL DEFAULT FALSE,
    assigned_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (case_id, user_id)
);
CREATE INDEX case_assignment_user_idx ON case_assignment (user_id);

-- Consent given or refused: to services, to each referral purpose, to anonymous statistics.
CREATE TABLE consent (
    id           BIGSERIAL PRIMARY KEY,
    case_id      BIGINT NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    purpose      TEXT   NOT NULL CHECK (purpose IN ('SERVICES', 'REFERRAL', 'ANONYMOUS_STATISTICS')),
    referral_to  TEXT CHECK (referral_to IN ('PSYCHOLOGICAL', 'LEGAL', 'MEDICAL', 'SHELTER', 'POLICE', 'SOCIAL',
                     'EDUCATION', 'EMPLOYMENT', 'OTHER')),
    given        BOOLEAN NOT NULL,
    given_on     DATE   NOT NULL,
    recorded_by  BIGINT NOT NULL REFERENCES app_user (id),
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT consent_referral_ck CHECK ((purpose = 'REFERRAL') = (referral_to IS NOT NULL))
);
CREATE INDEX consent_case_idx ON consent (case_id);

-- Case notes: the text is a ciphertext, associated data 'case_note.body:<id>'.
CREATE TABLE case_note (
    id         BIGSERIAL PRIMARY KEY,
    case_id    BIGINT NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    body       BYTEA,                                     -- null once purged by retention
    written_by BIGINT NOT NULL REFERENCES app_user (id),
    written_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX case_note_case_idx ON case_note (case_id, written_at DESC);

-- Tasks and follow-ups with a due date; the title may hold personal text: ciphertext 'follow_up.title:<id>'.
CREATE TABLE follow_up (
    id          BIGSERIAL PRIMARY KEY,
    case_id     BIGINT NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    title       BYTEA  NOT NULL,
    due_on      DATE   NOT NULL,
    assigned_to BIGINT REFERENCES app_user (id),
    created_by  BIGINT NOT NULL REFERENCES app_user (id),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    done_at     TIMESTAMP WITH TIME ZONE,
    done_by     BIGINT REFERENCES app_user (id),
    CONSTRAINT follow_up_done_ck CHECK ((done_at IS NULL) = (done_by IS NULL))
);
CREATE INDEX follow_up_open_idx ON follow_up (case_id, due_on) WHERE done_at IS NULL;

-- The case's timeline: what happened and when, who did it and the row it concerns; never personal text.
CREATE TABLE case_event (
    id          BIGSERIAL PRIMARY KEY,
    case_id     BIGINT NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    type        TEXT   NOT NULL CHECK (type ~ '^[A-Z_]{3,40}$'),
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id    BIGINT REFERENCES app_user (id),
    ref_id      BIGINT
);
CREATE INDEX case_event_case_idx ON case_event (case_id, occurred_at DESC, id DESC);

-- Break-glass access of a supervisor or manager to a case outside their reach: the reason is a ciphertext
-- ('break_glass.reason:<id>'), the grant expires.
CREATE TABLE break_glass (
    id         BIGSERIAL PRIMARY KEY,
    case_id    BIGINT NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    user_id    BIGINT NOT NULL REFERENCES app_user (id),
    reason     BYTEA  NOT NULL,
    granted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT break_glass_period_ck CHECK (expires_at > granted_at)
);
CREATE INDEX break_glass_case_idx ON break_glass (case_id, expires_at DESC);

-- Idempotency-Key of a create: a retry by the same user of the same operation gets the first result.
CREATE TABLE idempotency_key (
    user_id     BIGINT NOT NULL REFERENCES app_user (id),
    operation   TEXT   NOT NULL,
    key         TEXT   NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
    response_id BIGINT,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (user_id, operation, key)
);
