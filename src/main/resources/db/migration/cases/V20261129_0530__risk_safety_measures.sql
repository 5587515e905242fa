-- Risk assessments: every assessment is kept (history); the answers are risk factors by question code (no names),
-- the professional's reason for raising the level is a ciphertext ('risk_assessment.raise_reason:<id>').
CREATE TABLE risk_assessment (
    id                 BIGSERIAL PRIMARY KEY,
    case_id            BIGINT NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    instrument_code    TEXT   NOT NULL CHECK (instrument_code ~ '^[a-z0-9-]{1,40}$'),
    instrument_version INT    NOT NULL CHECK (instrument_version >= 1),
    answers            JSONB  NOT NULL,
    score              INT    NOT NULL CHECK (score >= 0),
    scored_level       TEXT   NOT NULL CHECK (scored_level IN ('STANDARD', 'MEDIUM', 'HIGH')),
    level              TEXT   NOT NULL CHECK (level IN ('STANDARD', 'MEDIUM', 'HIGH')),
    raise_reason       BYTEA,
    assessed_by        BIGINT NOT NULL REFERENCES app_user (id),
    assessed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT risk_assessment_raise_ck CHECK ((level <> scored_level) = (raise_reason IS NOT NULL))
);
CREATE INDEX risk_assessment_case_idx ON risk_assessment (case_id, assessed_at DESC);

-- One safety plan per case: the whole plan (safe contacts, places, code word, documents, children, channels) is one
-- ciphertext ('safety_plan.plan:<case id>'); version for optimistic locking.
CREATE TABLE safety_plan (
    case_id    BIGINT PRIMARY KEY REFERENCES case_file (id) ON DELETE CASCADE,
    plan       BYTEA  NOT NULL,
    version    INT    NOT NULL CHECK (version >= 1),
    updated_by BIGINT NOT NULL REFERENCES app_user (id),
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Protective measures: dates are local time in Kazakhstan as the documents give them; expires_at is computed.
-- expiry_warned_at is set when the expiry task was created, so the job creates it once.
CREATE TABLE protective_measure (
    id                       BIGSERIAL PRIMARY KEY,
    case_id                  BIGINT NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    type                     TEXT   NOT NULL CHECK (type IN ('PROTECTIVE_ORDER', 'SPECIAL_REQUIREMENTS',
                                 'ADMINISTRATIVE_DETENTION')),
    issuer                   TEXT   NOT NULL CHECK (issuer IN ('POLICE', 'COURT')),
    starts_at                TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    ends_at                  TIMESTAMP WITHOUT TIME ZONE,
    expires_at               TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    conditions               TEXT[] NOT NULL DEFAULT '{}',
    police_reports_per_month INT CHECK (police_reports_per_month BETWEEN 1 AND 31),
    recorded_by              BIGINT NOT NULL REFERENCES app_user (id),
    recorded_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    expiry_warned_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT protective_measure_period_ck CHECK (expires_at > starts_at)
);
CREATE INDEX protective_measure_case_idx ON protective_measure (case_id, starts_at DESC);
CREATE INDEX protective_measure_unwarned_idx ON protective_measure (expires_at) WHERE expiry_warned_at IS NULL;

-- A breach of a measure: the date in clear, the note a ciphertext ('measure_breach.note:<id>').
CREATE TABLE measure_breach (
    id          BIGSERIAL PRIMARY KEY,
    measure_id  BIGINT NOT NULL REFERENCES protective_measure (id) ON DELETE CASCADE,
    occurred_on DATE   NOT NULL,
    note        BYTEA,
    recorded_by BIGINT NOT NULL REFERENCES app_user (id),
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX measure_breach_measure_idx ON measure_breach (measure_id, occurred_on);
