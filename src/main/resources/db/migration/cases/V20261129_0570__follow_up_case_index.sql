-- The case page and GET /api/v1/cases/{id}/follow-ups list every follow-up of a case, done or open; the partial index
-- of open ones (follow_up_open_idx) cannot serve that, so with 60,000 generated follow-ups each case page scanned the
-- whole table (found with bench/cases.sh).
CREATE INDEX follow_up_case_idx ON follow_up (case_id);
