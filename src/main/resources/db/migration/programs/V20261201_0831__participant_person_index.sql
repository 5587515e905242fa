-- A keyed blind index (BlindIndex, kind NAME_AND_BIRTH_YEAR: HMAC-SHA256 of the year of birth and the name as
-- written, normalised) so that the same woman is not enrolled twice in one cohort under two participant records.
-- Rows from before this migration are indexed by the application when it starts (ParticipantIndexes), since the
-- index key is not in the database; until then they are NULL and match nothing.
ALTER TABLE participant ADD COLUMN person_index BYTEA CHECK (octet_length(person_index) = 32);
CREATE INDEX participant_person_index ON participant (person_index);
