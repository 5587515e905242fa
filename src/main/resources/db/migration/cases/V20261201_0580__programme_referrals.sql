-- A survivor referred by her caseworker, with her consent, to an empowerment or education programme: the case keeps
-- the random code it issued (shared.referral.ProgrammeReferralCodes); the programme keeps only the code, which it
-- cannot resolve to a case. Consent to such a referral is a purpose of its own.
ALTER TABLE consent DROP CONSTRAINT consent_purpose_check;
ALTER TABLE consent ADD CONSTRAINT consent_purpose_check
    CHECK (purpose IN ('SERVICES', 'REFERRAL', 'ANONYMOUS_STATISTICS', 'TRANSFER', 'PROGRAMME'));

CREATE TABLE programme_referral (
    id         BIGSERIAL PRIMARY KEY,
    case_id    BIGINT NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    code       TEXT   NOT NULL UNIQUE CHECK (code ~ '^PR-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$'),
    consent_id BIGINT NOT NULL REFERENCES consent (id),
    issued_by  BIGINT NOT NULL REFERENCES app_user (id),
    issued_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX programme_referral_case_idx ON programme_referral (case_id);
