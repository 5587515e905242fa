-- The source URLs of V20261201_0615 were checked against stored copies of pages that cite them (decision 0030): the
-- UNDP HDR downloads page, the WEF Global Gender Gap Report 2024 page, stat.gov.kz and the UN SDG data portal are the
-- publishers' own addresses and stay. The entries from the Central Election Commission had none: its site is the
-- source of election results (e.g. https://www.election.gov.kz/eng/news/releases/index.php?ID=8937, the 2023 Mazhilis
-- results).
UPDATE indicator SET source_url = 'https://www.election.gov.kz/'
WHERE source LIKE 'Central Election Commission of Kazakhstan%' AND source_url IS NULL;
