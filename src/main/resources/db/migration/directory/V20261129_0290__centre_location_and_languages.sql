-- Where a centre is (for the public "near me" search: distances are computed on the server from these, the
-- visitor's own position is never stored) and the languages it serves families in (ISO 639-1 codes).
ALTER TABLE centre
    ADD COLUMN latitude  DOUBLE PRECISION CHECK (latitude BETWEEN -90 AND 90),
    ADD COLUMN longitude DOUBLE PRECISION CHECK (longitude BETWEEN -180 AND 180),
    ADD COLUMN languages TEXT[] NOT NULL DEFAULT '{kk,ru}'
        CHECK (cardinality(languages) > 0 AND languages <@ ARRAY['kk', 'ru', 'en']::TEXT[]),
    ADD CONSTRAINT centre_location_whole CHECK ((latitude IS NULL) = (longitude IS NULL));

-- Databases that already hold the demo centres get their city's coordinates (city centre, WGS 84); new ones get
-- them from demo/directory/centres.psv.
UPDATE centre c SET latitude = city.lat, longitude = city.lon
FROM (VALUES ('Астана', 51.1694, 71.4491), ('Алматы', 43.2389, 76.8897), ('Шымкент', 42.3417, 69.5901),
             ('Караганда', 49.8047, 73.1094), ('Темиртау', 50.0549, 72.9646), ('Павлодар', 52.2873, 76.9674),
             ('Экибастуз', 51.7237, 75.3228), ('Актобе', 50.2839, 57.1670), ('Атырау', 47.0945, 51.9238),
             ('Актау', 43.6355, 51.1680), ('Жанаозен', 43.3412, 52.8619), ('Усть-Каменогорск', 49.9483, 82.6275),
             ('Семей', 50.4111, 80.2275), ('Кокшетау', 53.2833, 69.3833), ('Костанай', 53.2198, 63.6354),
             ('Петропавловск', 54.8667, 69.1500), ('Тараз', 42.9000, 71.3667), ('Кызылорда', 44.8528, 65.5092),
             ('Туркестан', 43.2973, 68.2518), ('Уральск', 51.2333, 51.3667)) AS city (name, lat, lon)
WHERE split_part(c.locality, ',', 1) = city.name AND c.latitude IS NULL;
