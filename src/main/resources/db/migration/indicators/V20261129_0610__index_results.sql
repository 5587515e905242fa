-- Index results recomputed from the stored current indicator values (never typed in): one row per index, geography
-- and year, replaced whenever an import changes an input. A result that cannot be computed is kept as a row with
-- computable = false, no value and the list of what is missing, so a chart can say why a point is absent.
CREATE TABLE indicator_index_result (
    -- GII, GDI, HDI_F, HDI_M, GGGI, GGGI_ECONOMIC, GGGI_EDUCATION, GGGI_HEALTH, GGGI_POLITICAL, PAY_GAP_MEAN,
    -- WOMEN_SHARE_MAZHILIS
    index_code     TEXT NOT NULL CHECK (index_code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    -- country ISO 3166-1 alpha-3, an HDR aggregate (ZZK.WORLD), or a Kazakhstan region ISO 3166-2:KZ
    geography      TEXT NOT NULL CHECK (geography ~ '^([A-Z]{3}|ZZ[A-Z]\.[A-Z_]{2,20}|KZ-[0-9A-Z]{2,3})$'),
    year           INT NOT NULL CHECK (year BETWEEN 1900 AND 2200),
    value          DOUBLE PRECISION,
    -- the intermediate values of the method (e.g. health_f, harm, gbar; gdi_group; sub-index weights used), and
    -- the published value of the source where the store has one ("published")
    components     JSONB NOT NULL DEFAULT '{}',
    -- input name → {"indicator", "sex", "period", "value", "valueId", "importId"}: the exact revisions used
    inputs         JSONB NOT NULL DEFAULT '{}',
    -- IndexMethod code@version, e.g. undp-gii@hdr-2023-24
    method_version TEXT NOT NULL,
    computable     BOOLEAN NOT NULL,
    -- input names that were missing (for GGGI also, when computable, the indicators whose weight was re-scaled)
    missing        TEXT[] NOT NULL DEFAULT '{}',
    -- inputs given but outside the method's domain, with the reason (e.g. "abr (must be above 0 ...)")
    out_of_range   TEXT[] NOT NULL DEFAULT '{}',
    computed_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    PRIMARY KEY (index_code, geography, year),
    CHECK (computable = (value IS NOT NULL)),
    CHECK (computable OR cardinality(missing) + cardinality(out_of_range) > 0)
);
CREATE INDEX indicator_index_result_year_idx ON indicator_index_result (index_code, year);
