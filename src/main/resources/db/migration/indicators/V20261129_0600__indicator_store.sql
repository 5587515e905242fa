-- The indicator catalogue, the values with their revisions, and the imports that brought them.

CREATE TABLE indicator (
    code              TEXT PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_]{0,39}$'),
    name_kk           TEXT NOT NULL,
    name_ru           TEXT NOT NULL,
    name_en           TEXT NOT NULL,
    definition_kk     TEXT NOT NULL,
    definition_ru     TEXT NOT NULL,
    definition_en     TEXT NOT NULL,
    -- a unit symbol understood in all three languages ('%', 'years', ...) is a message key suffix: indicators.unit.X
    unit              TEXT NOT NULL,
    sex_disaggregated BOOLEAN NOT NULL,
    periodicity       TEXT NOT NULL CHECK (periodicity IN ('YEAR', 'QUARTER', 'MONTH')),
    source            TEXT NOT NULL,
    sdg_indicator     TEXT CHECK (sdg_indicator ~ '^[0-9]{1,2}\.[0-9a-z]{1,2}\.[0-9]{1,2}$'),
    cedaw_article     TEXT,
    topic             TEXT NOT NULL CHECK (topic IN ('HEALTH', 'EDUCATION', 'ECONOMY', 'POLITICS', 'VIOLENCE', 'INDEX')),
    position          INT NOT NULL
);

-- One import: a file (or a reference data set) that was accepted whole.
CREATE TABLE indicator_import (
    id            BIGSERIAL PRIMARY KEY,
    format        TEXT NOT NULL CHECK (format IN ('LONG_CSV', 'HDR_TIME_SERIES', 'WEF_TCDATA360', 'WEF_2024')),
    file_name     TEXT NOT NULL,
    sha256        TEXT NOT NULL,
    rows_read     INT NOT NULL,
    values_read   INT NOT NULL,
    values_added  INT NOT NULL DEFAULT 0,
    imported_by   BIGINT,
    imported_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

-- Every revision of every value: a change adds a row, nothing is updated or deleted; the current value of
-- (indicator, geo, period, sex) is its latest row (highest id; recorded_at is when it became valid).
CREATE TABLE indicator_value (
    id             BIGSERIAL PRIMARY KEY,
    indicator_code TEXT NOT NULL,  -- an indicator: checked per statement below
    -- country ISO 3166-1 alpha-3, an HDR aggregate (ZZK.WORLD), or a Kazakhstan region ISO 3166-2:KZ
    geo            TEXT NOT NULL CHECK (geo ~ '^([A-Z]{3}|ZZ[A-Z]\.[A-Z_]{2,20}|KZ-[0-9A-Z]{2,3})$'),
    -- 2022, 2022-Q3 or 2022-07; the first and last day of the period, for range queries
    period         TEXT NOT NULL CHECK (period ~ '^[0-9]{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$'),
    period_start   DATE NOT NULL,
    period_end     DATE NOT NULL CHECK (period_end >= period_start),
    sex            TEXT NOT NULL CHECK (sex IN ('F', 'M', 'T')),
    value          NUMERIC NOT NULL,
    source         TEXT NOT NULL CHECK (length(source) BETWEEN 1 AND 300),
    note           TEXT CHECK (length(note) <= 1000),
    import_id      BIGINT NOT NULL,  -- an import: checked per statement below
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX indicator_value_series_idx ON indicator_value (indicator_code, geo, sex, period_start, id DESC);
CREATE INDEX indicator_value_import_idx ON indicator_value (import_id);

-- The current value of each (indicator, geo, period, sex).
CREATE VIEW indicator_value_current AS
SELECT DISTINCT ON (indicator_code, geo, period, sex) *
FROM indicator_value
ORDER BY indicator_code, geo, period, sex, id DESC;

-- Values are never changed in place.
CREATE FUNCTION indicator_value_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'indicator values are append-only (revisions add rows)';
END $$;
CREATE TRIGGER indicator_value_no_change BEFORE UPDATE OR DELETE ON indicator_value
    FOR EACH ROW EXECUTE FUNCTION indicator_value_append_only();

-- The references of new values are checked once per statement (a set-based join over the inserted rows) rather
-- than row by row: an import adds ~150,000 rows in one statement, and row-level foreign keys cost ~40% of it.
-- Catalogue entries and imports that values refer to cannot be deleted or renamed.
CREATE FUNCTION indicator_value_references() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM new_values n WHERE NOT EXISTS (SELECT 1 FROM indicator i WHERE i.code = n.indicator_code)) THEN
        RAISE EXCEPTION 'indicator value of an unknown indicator' USING ERRCODE = 'foreign_key_violation';
    END IF;
    IF EXISTS (SELECT 1 FROM new_values n WHERE NOT EXISTS (SELECT 1 FROM indicator_import m WHERE m.id = n.import_id)) THEN
        RAISE EXCEPTION 'indicator value of an unknown import' USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER indicator_value_references AFTER INSERT ON indicator_value
    REFERENCING NEW TABLE AS new_values FOR EACH STATEMENT EXECUTE FUNCTION indicator_value_references();

CREATE FUNCTION indicator_referenced() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'indicator_import' THEN
        IF TG_OP = 'DELETE' OR NEW.id <> OLD.id THEN
            RAISE EXCEPTION 'imports are kept: values refer to them';
        END IF;
    ELSIF (TG_OP = 'DELETE' OR NEW.code <> OLD.code)
          AND EXISTS (SELECT 1 FROM indicator_value v WHERE v.indicator_code = OLD.code) THEN
        RAISE EXCEPTION 'indicator % has values', OLD.code USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER indicator_kept BEFORE UPDATE OR DELETE ON indicator
    FOR EACH ROW EXECUTE FUNCTION indicator_referenced();
CREATE TRIGGER indicator_import_kept BEFORE UPDATE OR DELETE ON indicator_import
    FOR EACH ROW EXECUTE FUNCTION indicator_referenced();
