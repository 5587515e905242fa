-- When an enrolment was given one of the cohort's places (on enrolment, or when promoted from the waiting list).
-- NULL: never admitted — waiting, or withdrawn from the waiting list. Indicators, impact reports and open data count
-- an enrolment as enrolled only when it was admitted, so leaving the waiting list never counts as having enrolled.
ALTER TABLE enrolment ADD COLUMN admitted_at TIMESTAMPTZ;

-- Existing rows. Enrolled and completed ones hold a place. A withdrawn one was admitted if it left any trace of
-- taking part (attendance, a completed module, a mentor, an outcome, a survey answer), or if fewer enrolments than
-- the cohort's capacity came before it in the queue (then a place was free when it arrived). Any other withdrawn
-- one is taken to have left from the waiting list. The time of admission is not known for old rows: consent_at.
UPDATE enrolment SET admitted_at = consent_at WHERE status IN ('ENROLLED', 'COMPLETED');
UPDATE enrolment e SET admitted_at = e.consent_at
WHERE e.status = 'WITHDRAWN'
  AND (EXISTS (SELECT 1 FROM attendance a WHERE a.enrolment_id = e.id)
       OR EXISTS (SELECT 1 FROM module_completion m WHERE m.enrolment_id = e.id)
       OR EXISTS (SELECT 1 FROM mentorship m WHERE m.enrolment_id = e.id)
       OR EXISTS (SELECT 1 FROM outcome o WHERE o.enrolment_id = e.id)
       OR EXISTS (SELECT 1 FROM survey_response s WHERE s.enrolment_id = e.id)
       OR (SELECT count(*) FROM enrolment b WHERE b.cohort_id = e.cohort_id AND (b.queued_at, b.id) < (e.queued_at, e.id))
          < (SELECT c.capacity FROM cohort c WHERE c.id = e.cohort_id));

ALTER TABLE enrolment ADD CONSTRAINT enrolment_admitted_when_holding_a_place
    CHECK (CASE status WHEN 'WAITING' THEN admitted_at IS NULL
                       WHEN 'WITHDRAWN' THEN TRUE
                       ELSE admitted_at IS NOT NULL END);
