-- Outcomes at the end of a cohort and 3, 6 and 12 months after it ended: one record per enrolment and follow-up
-- point. A registration number (BIN, or the IIN a sole proprietor trades under) is personal data: encrypted
-- (FieldCipher, associated data 'outcome.bin:<id>'), only whether one was given stays in clear.
CREATE TABLE outcome (
    id                BIGSERIAL PRIMARY KEY,
    enrolment_id      BIGINT NOT NULL REFERENCES enrolment (id),
    follow_up         TEXT NOT NULL CHECK (follow_up IN ('END', 'MONTH_3', 'MONTH_6', 'MONTH_12')),
    recorded_on       DATE NOT NULL,
    business_started  BOOLEAN NOT NULL,
    registered        BOOLEAN NOT NULL,
    bin               BYTEA,
    revenue_band      TEXT CHECK (revenue_band IN ('NONE', 'UP_TO_1M', 'FROM_1M_TO_5M', 'FROM_5M_TO_30M', 'OVER_30M')),
    jobs_created      INTEGER NOT NULL DEFAULT 0 CHECK (jobs_created BETWEEN 0 AND 10000),
    employment        TEXT NOT NULL CHECK (employment IN ('EMPLOYED', 'SELF_EMPLOYED', 'UNEMPLOYED', 'STUDYING',
                                                          'NOT_IN_LABOUR_FORCE')),
    income_change     TEXT NOT NULL CHECK (income_change IN ('HIGHER', 'SAME', 'LOWER', 'NOT_SAID')),
    funding_source    TEXT NOT NULL CHECK (funding_source IN ('NONE', 'BANK_LOAN', 'MICROCREDIT', 'STATE_GRANT',
                                                              'DONOR_GRANT', 'FAMILY', 'OTHER')),
    funding_band      TEXT CHECK (funding_band IN ('UP_TO_500K', 'FROM_500K_TO_2M', 'FROM_2M_TO_5M', 'OVER_5M')),
    version           INTEGER NOT NULL DEFAULT 0,
    recorded_by       BIGINT REFERENCES app_user (id),
    updated_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (enrolment_id, follow_up),
    CHECK (registered = (bin IS NOT NULL)),
    CHECK ((funding_source = 'NONE') = (funding_band IS NULL))
);

-- Certificates for participants who completed. The verification code is looked up by its SHA-256 (code_hash);
-- the code itself and the name as printed are one ciphertext (FieldCipher, 'certificate.secret:<id>') so that the
-- PDF can be printed again, while a copy of the database alone cannot be turned into names on the public page.
CREATE TABLE certificate (
    id            BIGSERIAL PRIMARY KEY,
    enrolment_id  BIGINT NOT NULL REFERENCES enrolment (id),
    code_hash     TEXT NOT NULL UNIQUE CHECK (code_hash ~ '^[0-9a-f]{64}$'),
    secret        BYTEA NOT NULL,
    language      TEXT NOT NULL CHECK (language IN ('kk', 'ru', 'en')),
    completed_on  DATE NOT NULL,
    issued_by     BIGINT REFERENCES app_user (id),
    issued_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked_at    TIMESTAMPTZ,
    revoked_by    BIGINT REFERENCES app_user (id)
);
CREATE UNIQUE INDEX certificate_valid_per_enrolment ON certificate (enrolment_id) WHERE revoked_at IS NULL;
