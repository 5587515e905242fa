-- Index results keep only the ids of the revisions they used (input name → indicator_value.id): revisions are never
-- changed, so the values, periods and imports are read back by id. This makes a result a fifth of its former size,
-- and a full recomputation writes accordingly less. content_hash is the SHA-256 of what the application stores
-- (value, components, inputs, method, missing, out of range), so an unchanged result is not written again; rows
-- from before this column get one on their next recomputation.
UPDATE indicator_index_result
SET inputs = coalesce((SELECT jsonb_object_agg(key, value -> 'valueId') FROM jsonb_each(inputs)), '{}');

ALTER TABLE indicator_index_result ADD COLUMN content_hash BYTEA CHECK (octet_length(content_hash) = 32);
