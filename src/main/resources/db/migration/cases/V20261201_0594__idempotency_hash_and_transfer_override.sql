-- The keyed hash of the request a create's Idempotency-Key was first used with (decision 0028): the same key with
-- another request is a conflict, not a replay. Rows claimed before have none and are not compared.
ALTER TABLE idempotency_key ADD COLUMN IF NOT EXISTS request_hash BYTEA;

-- A transfer without the survivor's recorded consent, by a user with the override permission (decision 0028), as for
-- referrals: either the consent it rests on or the override (reason code, who; the optional explanation
-- 'case_transfer.override_note:<id>') is recorded.
ALTER TABLE case_transfer ALTER COLUMN consent_id DROP NOT NULL;
ALTER TABLE case_transfer ADD COLUMN IF NOT EXISTS override_reason TEXT
    CHECK (override_reason IN ('IMMINENT_DANGER', 'CHILD_AT_RISK', 'LEGAL_DUTY', 'SURVIVOR_CANNOT_CONSENT'));
ALTER TABLE case_transfer ADD COLUMN IF NOT EXISTS override_note BYTEA;
ALTER TABLE case_transfer ADD COLUMN IF NOT EXISTS override_by BIGINT REFERENCES app_user (id);
ALTER TABLE case_transfer DROP CONSTRAINT IF EXISTS case_transfer_basis_ck;
ALTER TABLE case_transfer ADD CONSTRAINT case_transfer_basis_ck CHECK ((consent_id IS NULL) <> (override_reason IS NULL));
ALTER TABLE case_transfer DROP CONSTRAINT IF EXISTS case_transfer_override_ck;
ALTER TABLE case_transfer ADD CONSTRAINT case_transfer_override_ck CHECK ((override_reason IS NULL) = (override_by IS NULL));
