-- Cases module: what the caseworker home and the filtered case lists need (decision 0014).

-- The latest risk assessment of a case, kept on the case by a trigger so that "high risk" and "assessment due"
-- are one column comparison per case instead of a search through the history (whoever writes the assessment:
-- the service, the demo data or the load generator).
ALTER TABLE case_file ADD COLUMN risk_level TEXT CHECK (risk_level IN ('STANDARD', 'MEDIUM', 'HIGH'));
ALTER TABLE case_file ADD COLUMN risk_assessed_at TIMESTAMP WITH TIME ZONE;

CREATE FUNCTION case_file_latest_risk() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE case_file SET risk_level = NEW.level, risk_assessed_at = NEW.assessed_at
    WHERE id = NEW.case_id AND (risk_assessed_at IS NULL OR risk_assessed_at <= NEW.assessed_at);
    RETURN NULL;
END $$;

CREATE TRIGGER risk_assessment_latest_on_case AFTER INSERT ON risk_assessment
    FOR EACH ROW EXECUTE FUNCTION case_file_latest_risk();

UPDATE case_file c SET risk_level = r.level, risk_assessed_at = r.assessed_at
FROM (SELECT DISTINCT ON (case_id) case_id, level, assessed_at FROM risk_assessment
      ORDER BY case_id, assessed_at DESC, id DESC) r
WHERE r.case_id = c.id;

-- High-risk cases of a centre (the home's "high risk without a safety plan" and the list's risk filter).
CREATE INDEX case_file_centre_risk_idx ON case_file (centre_id, risk_level);
-- A caseworker's open tasks by due date (overdue first), and everyone's open tasks by due date.
CREATE INDEX follow_up_assignee_open_idx ON follow_up (assigned_to, due_on) WHERE done_at IS NULL;
CREATE INDEX follow_up_due_open_idx ON follow_up (due_on) WHERE done_at IS NULL;
-- Measures by expiry: "expiring within 7 days" is a short range scan.
CREATE INDEX protective_measure_expires_idx ON protective_measure (expires_at, case_id);
-- The assignments of a user with the case beside it (index-only scan for "my cases").
CREATE INDEX case_assignment_user_case_idx ON case_assignment (user_id, case_id);
DROP INDEX case_assignment_user_idx;
-- Incidents by interview date within the cases a user reaches (the Incident Recorder export).
CREATE INDEX incident_case_report_idx ON incident (case_id, report_date);
