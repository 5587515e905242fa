-- Cases module: the case plan (individual help plan) of a case, decision 0024. One per case, changed with the version
-- read (optimistic locking, like the safety plan). The survivor's needs and goals are one ciphertext
-- ('case_plan.goals:<case id>'), cleared by retention with the other texts (NULL then); the planned services are
-- codes and dates. A change clears the supervisor's review: the review is of the plan as it stands.
CREATE TABLE case_plan (
    case_id         BIGINT  PRIMARY KEY REFERENCES case_file (id) ON DELETE CASCADE,
    goals           BYTEA,
    planned_on      DATE    NOT NULL,
    next_review_on  DATE    NOT NULL CHECK (next_review_on >= planned_on),
    survivor_agreed BOOLEAN NOT NULL,
    agreed_on       DATE,
    version         INT     NOT NULL CHECK (version >= 1),
    updated_by      BIGINT  NOT NULL REFERENCES app_user (id),
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    reviewed_by     BIGINT  REFERENCES app_user (id),
    reviewed_at     TIMESTAMP WITH TIME ZONE,
    CHECK (survivor_agreed = (agreed_on IS NOT NULL)),
    CHECK ((reviewed_by IS NULL) = (reviewed_at IS NULL))
);
-- The home's "case plan reviews due": open plans by review date.
CREATE INDEX case_plan_review_idx ON case_plan (next_review_on, case_id);

CREATE TABLE case_plan_service (
    case_id     BIGINT NOT NULL REFERENCES case_plan (case_id) ON DELETE CASCADE,
    position    INT    NOT NULL CHECK (position >= 0),
    purpose     TEXT   NOT NULL CHECK (purpose IN ('PSYCHOLOGICAL', 'LEGAL', 'MEDICAL', 'SHELTER', 'POLICE', 'SOCIAL',
                                                   'EDUCATION', 'EMPLOYMENT', 'OTHER')),
    provided_by TEXT   NOT NULL CHECK (provided_by IN ('CENTRE', 'REFERRAL')),
    target_on   DATE   NOT NULL,
    PRIMARY KEY (case_id, position)
);
