-- Cases module (decision 0029): a service provided may name the planned service of the case plan it fulfils.

-- A planned service keeps its id while the plan is changed (its position may change: positions are checked at the
-- end of the transaction, so rows can swap places).
ALTER TABLE case_plan_service ADD COLUMN id BIGSERIAL;
ALTER TABLE case_plan_service DROP CONSTRAINT case_plan_service_pkey;
ALTER TABLE case_plan_service ADD PRIMARY KEY (id);
ALTER TABLE case_plan_service ADD CONSTRAINT case_plan_service_position_key UNIQUE (case_id, position)
    DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE case_plan_service ADD CONSTRAINT case_plan_service_case_id_key UNIQUE (case_id, id);

-- The planned service a service provided fulfils: one of the same case's (the key includes the case).
ALTER TABLE case_service ADD COLUMN plan_service_id BIGINT;
ALTER TABLE case_service ADD CONSTRAINT case_service_plan_service_fk
    FOREIGN KEY (case_id, plan_service_id) REFERENCES case_plan_service (case_id, id);
CREATE INDEX case_service_plan_service_idx ON case_service (plan_service_id) WHERE plan_service_id IS NOT NULL;

-- The stage's service counts now include the case plan: each planned service counts once and is settled when a
-- service fulfilling it has been provided; each referral counts once (started while in progress or accepted,
-- settled when it ends); each service provided outside a referral and outside the plan counts once, settled.
UPDATE case_file c SET planned_services = x.planned, started_services = x.started, settled_services = x.settled
FROM (SELECT f.id,
             (SELECT count(*) FROM case_plan_service p WHERE p.case_id = f.id)
           + (SELECT count(*) FROM referral r WHERE r.case_id = f.id)
           + (SELECT count(*) FROM case_service s WHERE s.case_id = f.id AND s.referral_id IS NULL
                                                    AND s.plan_service_id IS NULL) AS planned,
             (SELECT count(*) FROM referral r WHERE r.case_id = f.id
                                              AND r.status IN ('IN_PROGRESS', 'ACCEPTED')) AS started,
             (SELECT count(*) FROM referral r WHERE r.case_id = f.id
                                              AND r.status IN ('REJECTED', 'DONE', 'REVOKED'))
           + (SELECT count(*) FROM case_service s WHERE s.case_id = f.id AND s.referral_id IS NULL
                                                    AND s.plan_service_id IS NULL) AS settled
      FROM case_file f) x
WHERE x.id = c.id
  AND (c.planned_services, c.started_services, c.settled_services) IS DISTINCT FROM (x.planned, x.started, x.settled);
