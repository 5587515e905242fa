-- Cases module, part 2: incidents (GBVIMS) and their alleged perpetrators (decision 0010). The clear columns are
-- the non-identifying facts the statistics need (codes, dates, bins, flags); the narrative and the perpetrators'
-- personal details are AEAD ciphertexts whose associated data names the column and the row id.

-- An incident of a case. The type, law form, context flags and reporting delay are derived by the rules in
-- kz.tendik.cases.incident from the answers and facts stored beside them, never typed in.
CREATE TABLE incident (
    id                   BIGSERIAL PRIMARY KEY,
    case_id              BIGINT NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    incident_date        DATE   NOT NULL,
    report_date          DATE   NOT NULL,                       -- the interview / report
    time_of_day          TEXT   NOT NULL CHECK (time_of_day IN ('MORNING', 'AFTERNOON', 'EVENING_OR_NIGHT', 'UNKNOWN')),
    region_code          TEXT   NOT NULL REFERENCES region (code),
    district             TEXT CHECK (length(district) <= 100),
    location_type        TEXT   NOT NULL CHECK (location_type ~ '^[A-Z_]{2,40}$'),
    gbv_answers          JSONB  NOT NULL,                       -- {"RAPE": false, "SEXUAL_ASSAULT": true, ...}
    gbv_type             TEXT   NOT NULL CHECK (gbv_type IN ('RAPE', 'SEXUAL_ASSAULT', 'PHYSICAL_ASSAULT',
                             'FORCED_MARRIAGE', 'DENIAL_OF_RESOURCES', 'PSYCHOLOGICAL_ABUSE', 'NON_GBV')),
    law_form             TEXT CHECK (law_form IN ('PHYSICAL', 'PSYCHOLOGICAL', 'SEXUAL', 'ECONOMIC')),
    harmful_practice     TEXT   NOT NULL CHECK (harmful_practice ~ '^[A-Z_]{2,40}$'),
    money_exchanged      BOOLEAN NOT NULL,
    abduction            TEXT   NOT NULL CHECK (abduction ~ '^[A-Z_]{2,40}$'),
    reported_elsewhere   TEXT   NOT NULL CHECK (reported_elsewhere IN ('NO', 'PARTICIPATING_ORGANISATION', 'OTHER_ORGANISATION')),
    prior_gbv            BOOLEAN,                               -- null: not known
    referred_from        TEXT CHECK (referred_from ~ '^[A-Z_]{2,40}$'),
    survivor_age_group   TEXT   NOT NULL CHECK (survivor_age_group ~ '^[A-Z0-9_]{2,20}$'),
    survivor_sex         TEXT CHECK (survivor_sex IN ('FEMALE', 'MALE')),
    context_flags        TEXT[] NOT NULL DEFAULT '{}',
    reporting_delay      TEXT   NOT NULL CHECK (reporting_delay IN ('DAYS_0_3', 'DAYS_4_5', 'DAYS_6_14',
                             'TWO_WEEKS_TO_ONE_MONTH', 'OVER_ONE_MONTH')),
    narrative            BYTEA,                                 -- 'incident.narrative:<id>'; null when none or purged
    version              INT    NOT NULL DEFAULT 0,
    created_by           BIGINT NOT NULL REFERENCES app_user (id),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,     -- when the system learnt of it (re-assessment)
    updated_by           BIGINT NOT NULL REFERENCES app_user (id),
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT incident_dates_ck CHECK (report_date >= incident_date),
    CONSTRAINT incident_law_form_ck CHECK ((gbv_type = 'NON_GBV') = (law_form IS NULL))
);
CREATE INDEX incident_case_idx ON incident (case_id, incident_date DESC);

-- The alleged perpetrators of an incident, exactly one of them primary. Name and notes are one ciphertext of
-- a JSON document, 'perpetrator.details:<id>'.
CREATE TABLE perpetrator (
    id             BIGSERIAL PRIMARY KEY,
    incident_id    BIGINT  NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    position       INT     NOT NULL,
    is_primary     BOOLEAN NOT NULL,
    relationship   TEXT    NOT NULL CHECK (relationship ~ '^[A-Z_]{2,40}$'),
    sex            TEXT CHECK (sex IN ('FEMALE', 'MALE')),
    age_group      TEXT    NOT NULL CHECK (age_group ~ '^[A-Z0-9_]{2,20}$'),
    occupation     TEXT    NOT NULL CHECK (occupation ~ '^[A-Z_]{2,40}$'),
    prior_violence BOOLEAN,                                     -- null: not known
    details        BYTEA,
    UNIQUE (incident_id, position)
);
CREATE UNIQUE INDEX perpetrator_one_primary_idx ON perpetrator (incident_id) WHERE is_primary;

-- When an incident was last recorded on the case: a risk assessment older than this is due again.
ALTER TABLE case_file ADD COLUMN last_incident_recorded_at TIMESTAMP WITH TIME ZONE;
