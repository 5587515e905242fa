-- A task the system puts on a case is stored as its kind and the non-personal values its title names (codes, ISO
-- dates), and titled when read in the reader's language (decision 0028); a task a user typed keeps its encrypted
-- title and has no kind. The tasks stored before with a Russian title get their kind in V20261201_0596 (Java: the
-- titles are ciphertexts).
ALTER TABLE follow_up ADD COLUMN IF NOT EXISTS kind TEXT;
ALTER TABLE follow_up ADD COLUMN IF NOT EXISTS arguments TEXT[];
ALTER TABLE follow_up DROP CONSTRAINT IF EXISTS follow_up_kind_ck;
ALTER TABLE follow_up ADD CONSTRAINT follow_up_kind_ck CHECK (
    (kind IS NULL AND arguments IS NULL)
    OR (kind IN ('MULTI_AGENCY_REFERRAL', 'MEASURE_BREACHED', 'MEASURE_EXPIRING') AND arguments IS NOT NULL));
