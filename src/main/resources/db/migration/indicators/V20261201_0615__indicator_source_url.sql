-- Where a catalogue entry's source can be read: the page of the publisher that offers the data (the figures' "about"
-- lists link their sources to it). Only the publishers' own data pages; NULL where there is none to give.
ALTER TABLE indicator ADD COLUMN source_url TEXT CHECK (source_url ~ '^https://[^\s]+$');

UPDATE indicator SET source_url = 'https://hdr.undp.org/data-center/documentation-and-downloads'
WHERE source LIKE 'UNDP HDR%';
UPDATE indicator SET source_url = 'https://www.weforum.org/publications/global-gender-gap-report-2024/'
WHERE source LIKE 'World Economic Forum, Global Gender Gap Report%';
UPDATE indicator SET source_url = 'https://stat.gov.kz/'
WHERE source LIKE 'Bureau of National Statistics of Kazakhstan%';
UPDATE indicator SET source_url = 'https://unstats.un.org/sdgs/dataportal'
WHERE source LIKE 'UN SDG Global Database%';
