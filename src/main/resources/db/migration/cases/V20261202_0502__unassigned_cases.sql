-- Cases module: "assigned to no one" kept on the case (decision 0033).
--
-- A supervisor reaches her team's cases and her centre's unassigned ones (decision 0026). Asked per case as
-- NOT EXISTS (SELECT 1 FROM case_assignment ...) inside an OR, PostgreSQL hashed the whole assignment table for each
-- of the home page's queries: 140 ms each on 200,000 cases, and the supervisor's home timed out under 50 users.
-- A flag on the case, kept by triggers on case_assignment (whoever writes it: the services, the demo data, the load
-- generator's COPY), makes it one column test, with an index for the few unassigned cases of a centre.
ALTER TABLE case_file ADD COLUMN unassigned BOOLEAN NOT NULL DEFAULT true;
UPDATE case_file c SET unassigned = false WHERE EXISTS (SELECT 1 FROM case_assignment a WHERE a.case_id = c.id);
CREATE INDEX case_file_unassigned_idx ON case_file (centre_id) WHERE unassigned;

CREATE FUNCTION case_file_assigned() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE case_file c SET unassigned = false
    WHERE c.unassigned AND c.id IN (SELECT n.case_id FROM new_assignments n);
    RETURN NULL;
END $$;

CREATE FUNCTION case_file_unassigned() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE case_file c SET unassigned = true
    WHERE NOT c.unassigned AND c.id IN (SELECT o.case_id FROM old_assignments o)
      AND NOT EXISTS (SELECT 1 FROM case_assignment a WHERE a.case_id = c.id);
    RETURN NULL;
END $$;

CREATE TRIGGER case_assignment_added AFTER INSERT ON case_assignment
    REFERENCING NEW TABLE AS new_assignments FOR EACH STATEMENT EXECUTE FUNCTION case_file_assigned();
CREATE TRIGGER case_assignment_removed AFTER DELETE ON case_assignment
    REFERENCING OLD TABLE AS old_assignments FOR EACH STATEMENT EXECUTE FUNCTION case_file_unassigned();
-- an assignment moved to another case (never done by the services) is a removal and an addition (PostgreSQL allows
-- no column list on a trigger with a transition table: any update runs them, and they change only what differs)
CREATE TRIGGER case_assignment_moved_from AFTER UPDATE ON case_assignment
    REFERENCING OLD TABLE AS old_assignments FOR EACH STATEMENT EXECUTE FUNCTION case_file_unassigned();
CREATE TRIGGER case_assignment_moved_to AFTER UPDATE ON case_assignment
    REFERENCING NEW TABLE AS new_assignments FOR EACH STATEMENT EXECUTE FUNCTION case_file_assigned();
