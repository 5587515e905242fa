-- Results of walking the audit chain (`tendik audit verify`, the auditor's page, the API, the nightly run).
-- An intact run leaves a checkpoint (the last entry's id and hash): a later run that finds the log shorter or
-- that entry's hash changed reports it, which a chain alone cannot show when its tail is cut or rebuilt.
CREATE TABLE audit_verification (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    trigger         TEXT NOT NULL CHECK (trigger IN ('SCHEDULE', 'COMMAND', 'WEB', 'API')),
    requested_by    TEXT,
    intact          BOOLEAN NOT NULL,
    checked_entries BIGINT NOT NULL CHECK (checked_entries >= 0),
    up_to_id        BIGINT NOT NULL,
    last_hash       TEXT,
    first_broken_id BIGINT,
    reason          TEXT CHECK (reason IN ('HASH_MISMATCH', 'PREV_HASH_MISMATCH', 'GAP', 'TRUNCATED', 'REWRITTEN')),
    CHECK (intact = (first_broken_id IS NULL AND reason IS NULL))
);
CREATE INDEX audit_verification_intact_idx ON audit_verification (id) WHERE intact;

-- The auditor's filters, newest first: by username, by action prefix, and by outcome other than success.
CREATE INDEX audit_entry_actor_name_idx ON audit_entry (actor_name, id);
CREATE INDEX audit_entry_action_idx ON audit_entry (action text_pattern_ops, id);
CREATE INDEX audit_entry_unsuccessful_idx ON audit_entry (outcome, id) WHERE outcome <> 'SUCCESS';
