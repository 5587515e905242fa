-- SDMX-CSV imports, and which indicators the open data API publishes.

ALTER TABLE indicator_import DROP CONSTRAINT indicator_import_format_check;
ALTER TABLE indicator_import ADD CONSTRAINT indicator_import_format_check
    CHECK (format IN ('LONG_CSV', 'HDR_TIME_SERIES', 'WEF_TCDATA360', 'WEF_2024', 'SDMX_CSV'));

-- Published: the open data API serves the indicator's values without sign-in. Only aggregate statistics are ever
-- catalogued (no person can be identified from them); an indicator is published when its figures come from a
-- published source (international reference series, official national statistics). New entries are not published
-- until someone decides they are.
ALTER TABLE indicator ADD COLUMN published BOOLEAN NOT NULL DEFAULT false;
UPDATE indicator SET published = true;

INSERT INTO indicator (code, position, topic, unit, sex_disaggregated, periodicity, source, sdg_indicator, cedaw_article,
                       name_en, name_ru, name_kk, definition_en, definition_ru, definition_kk, published) VALUES
('earnings_hourly', 205, 'ECONOMY', 'tenge', true, 'YEAR', 'UN SDG Global Database (ILO), series SL_EMP_EARN', '8.5.1', '11',
 'Average hourly earnings of employees', 'Средний почасовой заработок наёмных работников', 'Жалдамалы қызметкерлердің орташа сағаттық табысы',
 'Average hourly earnings of female and male employees, in local currency (tenge for Kazakhstan).',
 'Средний почасовой заработок наёмных работников — женщин и мужчин, в национальной валюте (для Казахстана — в тенге).',
 'Жалдамалы қызметкер әйелдер мен ерлердің ұлттық валютадағы (Қазақстан үшін — теңгемен) орташа сағаттық табысы.',
 true);

-- An SDMX series (the INDICATOR or SERIES dimension) read as a catalogue indicator; unit_measure, when given, is
-- the only UNIT_MEASURE accepted for it.
CREATE TABLE indicator_sdmx_series (
    series         TEXT PRIMARY KEY CHECK (series ~ '^[A-Z][A-Z0-9_]{1,59}$'),
    indicator_code TEXT NOT NULL REFERENCES indicator (code),
    unit_measure   TEXT,
    note           TEXT
);
INSERT INTO indicator_sdmx_series (series, indicator_code, unit_measure, note) VALUES
('SG_GEN_PARL', 'pr', 'PT', 'SDG 5.5.1a: proportion of seats held by women in national parliaments, %'),
('SH_STA_MORT', 'mmr', 'PER_100000_LIVE_BIRTHS', 'SDG 3.1.1: maternal mortality ratio'),
('SP_DYN_ADKL', 'abr', NULL, 'SDG 3.7.2: adolescent birth rate, per 1,000 women aged 15–19'),
('SL_TLF_CACT', 'lfpr', 'PT', 'ILO: labour force participation rate, %'),
('SL_EMP_EARN', 'earnings_hourly', NULL, 'SDG 8.5.1: average hourly earnings of employees, local currency');
