-- Cases module: a survivor's profile can be edited (decision 0027). `version` is its optimistic lock (a change with a
-- stale version is 409, nothing is overwritten). The timeline of each of her cases records the change with the parts
-- of the profile that changed, as codes only (CONTACTS, SAFE_ADDRESS ...): `details` may hold nothing else.
ALTER TABLE survivor ADD COLUMN version INT NOT NULL DEFAULT 0 CHECK (version >= 0);

ALTER TABLE case_event ADD COLUMN details TEXT[]
    CHECK (details IS NULL OR (cardinality(details) BETWEEN 1 AND 20
                               AND array_to_string(details, ',') ~ '^[A-Z_]{2,40}(,[A-Z_]{2,40})*$'));
