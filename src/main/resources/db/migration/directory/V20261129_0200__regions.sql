-- The 17 regions and 3 cities of republican significance (ISO 3166-2:KZ, numeric codes since Nov 2022).
-- Source: shared/domain/regions.csv (names as published on adilet.zan.kz and by the Bureau of National Statistics).
CREATE TABLE region (
    code          TEXT PRIMARY KEY CHECK (code ~ '^KZ-[0-9]{2}$'),
    kind          TEXT NOT NULL CHECK (kind IN ('region', 'city')),
    name_kk       TEXT NOT NULL,
    name_ru       TEXT NOT NULL,
    name_en       TEXT NOT NULL,
    admin_centre_en TEXT NOT NULL
);

INSERT INTO region (code, kind, name_kk, name_ru, name_en, admin_centre_en) VALUES
    ('KZ-10', 'region', 'Абай облысы', 'Абайская область', 'Abai Region', 'Semey'),
    ('KZ-11', 'region', 'Ақмола облысы', 'Акмолинская область', 'Akmola Region', 'Kokshetau'),
    ('KZ-15', 'region', 'Ақтөбе облысы', 'Актюбинская область', 'Aktobe Region', 'Aktobe'),
    ('KZ-19', 'region', 'Алматы облысы', 'Алматинская область', 'Almaty Region', 'Konaev'),
    ('KZ-23', 'region', 'Атырау облысы', 'Атырауская область', 'Atyrau Region', 'Atyrau'),
    ('KZ-27', 'region', 'Батыс Қазақстан облысы', 'Западно-Казахстанская область', 'West Kazakhstan Region', 'Oral'),
    ('KZ-31', 'region', 'Жамбыл облысы', 'Жамбылская область', 'Jambyl Region', 'Taraz'),
    ('KZ-33', 'region', 'Жетісу облысы', 'Область Жетісу', 'Jetisu Region', 'Taldykorgan'),
    ('KZ-35', 'region', 'Қарағанды облысы', 'Карагандинская область', 'Karaganda Region', 'Karaganda'),
    ('KZ-39', 'region', 'Қостанай облысы', 'Костанайская область', 'Kostanay Region', 'Kostanay'),
    ('KZ-43', 'region', 'Қызылорда облысы', 'Кызылординская область', 'Kyzylorda Region', 'Kyzylorda'),
    ('KZ-47', 'region', 'Маңғыстау облысы', 'Мангистауская область', 'Mangystau Region', 'Aktau'),
    ('KZ-55', 'region', 'Павлодар облысы', 'Павлодарская область', 'Pavlodar Region', 'Pavlodar'),
    ('KZ-59', 'region', 'Солтүстік Қазақстан облысы', 'Северо-Казахстанская область', 'North Kazakhstan Region', 'Petropavl'),
    ('KZ-61', 'region', 'Түркістан облысы', 'Туркестанская область', 'Turkistan Region', 'Turkistan'),
    ('KZ-62', 'region', 'Ұлытау облысы', 'Область Ұлытау', 'Ulytau Region', 'Zhezkazgan'),
    ('KZ-63', 'region', 'Шығыс Қазақстан облысы', 'Восточно-Казахстанская область', 'East Kazakhstan Region', 'Oskemen'),
    ('KZ-71', 'city', 'Астана', 'Астана', 'Astana', 'Astana'),
    ('KZ-75', 'city', 'Алматы', 'Алматы', 'Almaty', 'Almaty'),
    ('KZ-79', 'city', 'Шымкент', 'Шымкент', 'Shymkent', 'Shymkent');
