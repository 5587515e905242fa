-- Surveys of a cohort's participants: custom instruments (versioned data; shipped ones are files in
-- programs/surveys/*.json), survey rounds (before, after, follow-up) with their date windows, one response per
-- enrolment and round with its score computed with the instrument version it answered, and one-time links a
-- facilitator issues so a participant can answer on her own phone. Only the SHA-256 of a link's token is kept.
CREATE TABLE survey_instrument (
    code          TEXT NOT NULL CHECK (code ~ '^[a-z0-9-]{1,40}$'),
    version       INTEGER NOT NULL CHECK (version >= 1),
    definition    JSONB NOT NULL,                     -- the instrument as the survey files hold it
    published     BOOLEAN NOT NULL DEFAULT FALSE,     -- a published version never changes (see the trigger)
    created_by    BIGINT REFERENCES app_user (id),
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    published_at  TIMESTAMPTZ,
    PRIMARY KEY (code, version)
);

CREATE FUNCTION survey_instrument_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.published THEN
        RAISE EXCEPTION 'survey instrument %/% is published and cannot change', OLD.code, OLD.version;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER survey_instrument_published_is_final BEFORE UPDATE OR DELETE ON survey_instrument
    FOR EACH ROW EXECUTE FUNCTION survey_instrument_immutable();

CREATE TABLE survey_round (
    id                  BIGSERIAL PRIMARY KEY,
    cohort_id           BIGINT NOT NULL REFERENCES cohort (id),
    kind                TEXT NOT NULL CHECK (kind IN ('PRE', 'POST', 'FOLLOW_UP')),
    instrument_code     TEXT NOT NULL,
    instrument_version  INTEGER NOT NULL,
    opens_on            DATE NOT NULL,
    closes_on           DATE NOT NULL,
    created_by          BIGINT REFERENCES app_user (id),
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (closes_on >= opens_on),
    UNIQUE (cohort_id, kind, instrument_code)
);

CREATE TABLE survey_response (
    id                  BIGSERIAL PRIMARY KEY,
    round_id            BIGINT NOT NULL REFERENCES survey_round (id),
    enrolment_id        BIGINT NOT NULL REFERENCES enrolment (id),
    instrument_code     TEXT NOT NULL,
    instrument_version  INTEGER NOT NULL,
    answers             JSONB NOT NULL,                -- item code -> stored value
    score               DOUBLE PRECISION,              -- NULL when the instrument has no scale score
    band_code           TEXT,
    band_index          INTEGER,
    indicators          JSONB NOT NULL DEFAULT '{}',   -- derived yes/no indicator code -> true/false
    channel             TEXT NOT NULL CHECK (channel IN ('STAFF', 'LINK')),
    recorded_by         BIGINT REFERENCES app_user (id), -- NULL when the participant answered through her link
    recorded_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (round_id, enrolment_id)                    -- one response per participant and round
);
CREATE INDEX survey_response_enrolment ON survey_response (enrolment_id);

CREATE TABLE survey_link (
    token_sha256  BYTEA PRIMARY KEY,
    round_id      BIGINT NOT NULL REFERENCES survey_round (id),
    enrolment_id  BIGINT NOT NULL REFERENCES enrolment (id),
    language      TEXT NOT NULL CHECK (language IN ('kk', 'ru', 'en')),
    issued_by     BIGINT NOT NULL REFERENCES app_user (id),
    issued_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at    TIMESTAMPTZ NOT NULL,
    used_at       TIMESTAMPTZ
);
CREATE INDEX survey_link_round ON survey_link (round_id, enrolment_id);
