-- Family support centres (Art. 5-1 Code on Marriage and Family; Order No. 256-НҚ of 14 June 2024).
-- Opening hours use the OpenStreetMap opening_hours syntax ("Mo-Fr 09:00-18:00", "24/7"), which reads the same
-- in every language. A centre is never deleted: it is deactivated, because cases and users refer to it.
CREATE TABLE centre (
    id             BIGSERIAL PRIMARY KEY,
    region_code    TEXT NOT NULL REFERENCES region (code),
    name_kk        TEXT NOT NULL CHECK (length(btrim(name_kk)) > 0),
    name_ru        TEXT NOT NULL CHECK (length(btrim(name_ru)) > 0),
    name_en        TEXT NOT NULL CHECK (length(btrim(name_en)) > 0),
    locality       TEXT NOT NULL,          -- city or district
    address        TEXT NOT NULL,
    phone          TEXT NOT NULL,
    opening_hours  TEXT NOT NULL,
    services       TEXT[] NOT NULL DEFAULT '{}' CHECK (services <@ ARRAY['PSYCHOLOGICAL', 'LEGAL', 'SOCIAL',
                       'FAMILY_MEDIATION', 'CASE_MANAGEMENT', 'TEMPORARY_SHELTER', 'HOTLINE', 'CHILD_SUPPORT']::TEXT[]),
    shelter_places INT  NOT NULL DEFAULT 0 CHECK (shelter_places >= 0),
    active         BOOLEAN NOT NULL DEFAULT TRUE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX centre_region_idx ON centre (region_code);
-- a name is unique within its region, in each language
CREATE UNIQUE INDEX centre_name_kk_uq ON centre (region_code, lower(name_kk));
CREATE UNIQUE INDEX centre_name_ru_uq ON centre (region_code, lower(name_ru));
CREATE UNIQUE INDEX centre_name_en_uq ON centre (region_code, lower(name_en));
