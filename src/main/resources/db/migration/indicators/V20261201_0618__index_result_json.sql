-- Index results keep their components and input ids as json (the text as Tendik wrote it) rather than jsonb: nothing
-- queries inside them but ->> 'published', every read returns them whole as text, and parsing them into jsonb
-- (numbers into numeric) was a fifth of PostgreSQL's time writing a full recomputation (decision 0030). The content
-- hash is taken over the application's own text either way.
ALTER TABLE indicator_index_result
    ALTER COLUMN components DROP DEFAULT,
    ALTER COLUMN inputs DROP DEFAULT;
ALTER TABLE indicator_index_result
    ALTER COLUMN components TYPE json USING components::json,
    ALTER COLUMN inputs TYPE json USING inputs::json;
ALTER TABLE indicator_index_result
    ALTER COLUMN components SET DEFAULT '{}',
    ALTER COLUMN inputs SET DEFAULT '{}';
