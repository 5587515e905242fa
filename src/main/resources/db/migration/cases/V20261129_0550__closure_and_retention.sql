-- Cases module, part 4: closure with the supervisor's approval, reopening, legal hold and retention (decision 0013).
-- Free text is an AEAD ciphertext whose associated data names the column and the row id, as everywhere in cases.

-- A request to close a case with its checklist, then the supervisor's or manager's decision. At most one request
-- is pending per case. The note and the reason for returning a request are ciphertexts
-- ('case_closure.note:<id>', 'case_closure.return_reason:<id>'); both are purged with the case's other text.
CREATE TABLE case_closure (
    id                  BIGSERIAL PRIMARY KEY,
    case_id             BIGINT  NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    safety_addressed    BOOLEAN NOT NULL,
    services_settled    BOOLEAN NOT NULL,
    survivor_wish       TEXT    NOT NULL CHECK (survivor_wish IN ('ASKED_TO_CLOSE', 'AGREES_TO_CLOSE', 'COULD_NOT_BE_ASKED')),
    reason              TEXT    NOT NULL CHECK (reason IN ('NEEDS_MET', 'SURVIVOR_REQUEST', 'NO_CONTACT', 'TRANSFERRED',
                            'MOVED_AWAY', 'DECEASED', 'OTHER')),
    note                BYTEA,
    requested_by        BIGINT  NOT NULL REFERENCES app_user (id),
    requested_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    status              TEXT    NOT NULL CHECK (status IN ('REQUESTED', 'APPROVED', 'RETURNED')),
    decided_by          BIGINT REFERENCES app_user (id),
    decided_at          TIMESTAMP WITH TIME ZONE,
    return_reason       BYTEA,
    CONSTRAINT case_closure_decision_ck CHECK ((status = 'REQUESTED') = (decided_at IS NULL)
                                               AND (decided_at IS NULL) = (decided_by IS NULL)),
    CONSTRAINT case_closure_own_ck CHECK (decided_by IS NULL OR decided_by <> requested_by)
);
CREATE UNIQUE INDEX case_closure_pending_idx ON case_closure (case_id) WHERE status = 'REQUESTED';
CREATE INDEX case_closure_case_idx ON case_closure (case_id, requested_at DESC);

-- A closed case reopened, with the reason (ciphertext 'case_reopening.reason:<id>', purged with the case's text).
CREATE TABLE case_reopening (
    id           BIGSERIAL PRIMARY KEY,
    case_id      BIGINT NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    reason       BYTEA,
    reopened_by  BIGINT NOT NULL REFERENCES app_user (id),
    reopened_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX case_reopening_case_idx ON case_reopening (case_id, reopened_at DESC);

-- Legal holds: case_file.legal_hold is the flag the purge reads; this is its history. The reason is a ciphertext
-- ('legal_hold.reason:<id>') kept with the record as long as the case exists: it explains why data was kept.
CREATE TABLE legal_hold (
    id         BIGSERIAL PRIMARY KEY,
    case_id    BIGINT NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    reason     BYTEA  NOT NULL,
    placed_by  BIGINT NOT NULL REFERENCES app_user (id),
    placed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    lifted_by  BIGINT REFERENCES app_user (id),
    lifted_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT legal_hold_lift_ck CHECK ((lifted_at IS NULL) = (lifted_by IS NULL))
);
CREATE UNIQUE INDEX legal_hold_current_idx ON legal_hold (case_id) WHERE lifted_at IS NULL;

-- When retention purged the case's free text (null while it has not).
ALTER TABLE case_file ADD COLUMN text_purged_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX case_file_closed_idx ON case_file (closed_at) WHERE closed_at IS NOT NULL AND NOT legal_hold;

-- Retention clears these free-text columns; a purged row keeps its codes and dates.
ALTER TABLE follow_up ALTER COLUMN title DROP NOT NULL;
ALTER TABLE risk_assessment DROP CONSTRAINT risk_assessment_raise_ck;
ALTER TABLE risk_assessment ADD CONSTRAINT risk_assessment_raise_ck CHECK (raise_reason IS NULL OR level <> scored_level);
