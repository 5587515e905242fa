-- The services family support centres refer families to: police, health, psychologists, legal aid, crisis
-- centres and shelters, the akimat's mobile groups, guardianship bodies and employment centres.
CREATE TABLE service_provider (
    id            BIGSERIAL PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('POLICE_DISTRICT_OFFICE', 'HEALTH_FACILITY', 'PSYCHOLOGIST', 'LEGAL_AID',
                      'CRISIS_CENTRE_SHELTER', 'AKIMAT_MOBILE_GROUP', 'GUARDIANSHIP_BODY', 'EMPLOYMENT_CENTRE')),
    region_code   TEXT NOT NULL REFERENCES region (code),
    name_kk       TEXT NOT NULL CHECK (length(btrim(name_kk)) > 0),
    name_ru       TEXT NOT NULL CHECK (length(btrim(name_ru)) > 0),
    name_en       TEXT NOT NULL CHECK (length(btrim(name_en)) > 0),
    locality      TEXT NOT NULL,
    address       TEXT NOT NULL,
    phone         TEXT NOT NULL,
    email         TEXT CHECK (email IS NULL OR email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
    opening_hours TEXT NOT NULL,
    active        BOOLEAN NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX service_provider_region_kind_idx ON service_provider (region_code, kind);
CREATE UNIQUE INDEX service_provider_name_kk_uq ON service_provider (region_code, lower(name_kk));
CREATE UNIQUE INDEX service_provider_name_ru_uq ON service_provider (region_code, lower(name_ru));
CREATE UNIQUE INDEX service_provider_name_en_uq ON service_provider (region_code, lower(name_en));
