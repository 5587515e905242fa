-- Who supervises whom (decision 0026): a supervisor's team is the caseworkers of her centre listed here. A caseworker
-- may be in more than one team (a handover, or a second supervisor for one speciality). That both accounts are of the
-- same centre and have the right roles is checked when a team is set, and again by every query that reads a team, so
-- a later change of role or centre can never widen a supervisor's reach.
CREATE TABLE supervision (
    supervisor_id BIGINT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    caseworker_id BIGINT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    since         TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    set_by        BIGINT REFERENCES app_user (id) ON DELETE SET NULL,
    PRIMARY KEY (supervisor_id, caseworker_id),
    CONSTRAINT supervision_not_self_ck CHECK (supervisor_id <> caseworker_id)
);
CREATE INDEX supervision_caseworker_idx ON supervision (caseworker_id);
