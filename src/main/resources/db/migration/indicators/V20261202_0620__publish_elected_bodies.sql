-- The Senate's and the maslikhats' seats and women's share of them (V20261201_0616) are counts published by the
-- Parliament and the Central Election Commission, with no person behind them that a count could identify: they are
-- published like the Mazhilis series, so that the open data API serves them and the shares computed from them.
UPDATE indicator SET published = true WHERE code IN ('senate_seats', 'maslikhat_seats', 'maslikhat_women_share');
