-- Cases module: referrals to service providers, transfers of a case to another centre and services provided
-- (decision 0012). Free text is a ciphertext whose associated data names its column and row id; clear columns hold
-- identifiers, codes and dates only.

-- Consent to transfer the case to another centre is a purpose of its own.
ALTER TABLE consent DROP CONSTRAINT consent_purpose_check;
ALTER TABLE consent ADD CONSTRAINT consent_purpose_check
    CHECK (purpose IN ('SERVICES', 'REFERRAL', 'ANONYMOUS_STATISTICS', 'TRANSFER'));

-- A referral of a case to a provider of the directory. Either the consent it rests on (consent_id) or an override
-- (reason code, who, when; the optional explanation 'referral.override_note:<id>') is recorded. The provider's
-- answer: date, the name of who answered at the provider (staff of the provider, not the survivor) and a note
-- ('referral.answer_note:<id>'). `version` is the optimistic lock of status changes.
CREATE TABLE referral (
    id              BIGSERIAL PRIMARY KEY,
    case_id         BIGINT NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    provider_id     BIGINT NOT NULL REFERENCES service_provider (id),
    service         TEXT   NOT NULL CHECK (service IN ('PSYCHOLOGICAL', 'LEGAL', 'MEDICAL', 'SHELTER', 'POLICE',
                        'SOCIAL', 'EDUCATION', 'EMPLOYMENT', 'OTHER')),
    status          TEXT   NOT NULL CHECK (status IN ('IN_PROGRESS', 'ACCEPTED', 'REJECTED', 'DONE', 'REVOKED')),
    share_full_name BOOLEAN NOT NULL DEFAULT FALSE,
    consent_id      BIGINT REFERENCES consent (id),
    override_reason TEXT CHECK (override_reason IN ('IMMINENT_DANGER', 'CHILD_AT_RISK', 'LEGAL_DUTY',
                        'SURVIVOR_CANNOT_CONSENT')),
    override_note   BYTEA,
    override_by     BIGINT REFERENCES app_user (id),
    answered_on     DATE,
    answered_by     TEXT CHECK (length(answered_by) <= 200),
    answer_note     BYTEA,
    created_by      BIGINT NOT NULL REFERENCES app_user (id),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         INT NOT NULL DEFAULT 0,
    CONSTRAINT referral_basis_ck CHECK ((consent_id IS NULL) <> (override_reason IS NULL)),
    CONSTRAINT referral_override_ck CHECK ((override_reason IS NULL) = (override_by IS NULL))
);
CREATE INDEX referral_case_idx ON referral (case_id, created_at DESC);

-- A transfer of a case from one centre to another, with the consent it rests on.
CREATE TABLE case_transfer (
    id             BIGSERIAL PRIMARY KEY,
    case_id        BIGINT NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    from_centre_id BIGINT NOT NULL REFERENCES centre (id),
    to_centre_id   BIGINT NOT NULL REFERENCES centre (id),
    consent_id     BIGINT NOT NULL REFERENCES consent (id),
    transferred_by BIGINT NOT NULL REFERENCES app_user (id),
    transferred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT case_transfer_centres_ck CHECK (from_centre_id <> to_centre_id)
);
CREATE INDEX case_transfer_case_idx ON case_transfer (case_id, transferred_at DESC);

-- A service provided under the case plan: which service, on which day, by a worker of the centre or by a provider,
-- optionally under a referral; the note is a ciphertext ('case_service.note:<id>').
CREATE TABLE case_service (
    id          BIGSERIAL PRIMARY KEY,
    case_id     BIGINT NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    service     TEXT   NOT NULL CHECK (service IN ('PSYCHOLOGICAL', 'LEGAL', 'MEDICAL', 'SHELTER', 'POLICE',
                    'SOCIAL', 'EDUCATION', 'EMPLOYMENT', 'OTHER')),
    provided_on DATE   NOT NULL,
    worker_id   BIGINT REFERENCES app_user (id),
    provider_id BIGINT REFERENCES service_provider (id),
    referral_id BIGINT REFERENCES referral (id),
    note        BYTEA,
    recorded_by BIGINT NOT NULL REFERENCES app_user (id),
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT case_service_by_ck CHECK (worker_id IS NOT NULL OR provider_id IS NOT NULL)
);
CREATE INDEX case_service_case_idx ON case_service (case_id, provided_on DESC);
