-- Users of Tendik: staff of centres, coordinators, analysts, programme staff, administrators and auditors.
CREATE TABLE app_user (
    id                  BIGSERIAL PRIMARY KEY,
    username            TEXT NOT NULL CHECK (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
    display_name        TEXT NOT NULL CHECK (length(btrim(display_name)) > 0),
    password_hash       TEXT NOT NULL,
    role                TEXT NOT NULL CHECK (role IN ('ADMIN', 'CENTRE_MANAGER', 'SUPERVISOR', 'CASEWORKER',
                             'REGIONAL_COORDINATOR', 'NATIONAL_ANALYST', 'PROGRAMME_COORDINATOR', 'FACILITATOR', 'AUDITOR')),
    scope_level         TEXT NOT NULL CHECK (scope_level IN ('NATIONAL', 'REGION', 'CENTRE')),
    region_code         TEXT REFERENCES region (code),
    centre_id           BIGINT REFERENCES centre (id),
    language            TEXT NOT NULL DEFAULT 'ru' CHECK (language IN ('kk', 'ru', 'en')),
    totp_secret         TEXT,
    totp_enrolled_at    TIMESTAMP WITH TIME ZONE,
    enabled             BOOLEAN NOT NULL DEFAULT TRUE,
    password_changed_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    CONSTRAINT app_user_scope_ck CHECK (
        (scope_level = 'NATIONAL' AND region_code IS NULL AND centre_id IS NULL) OR
        (scope_level = 'REGION' AND region_code IS NOT NULL AND centre_id IS NULL) OR
        (scope_level = 'CENTRE' AND region_code IS NOT NULL AND centre_id IS NOT NULL)),
    CONSTRAINT app_user_totp_ck CHECK (totp_enrolled_at IS NULL OR totp_secret IS NOT NULL)
);
CREATE UNIQUE INDEX app_user_username_uq ON app_user (lower(username));

-- One-time recovery codes for two-factor, stored hashed; a used code is deleted.
CREATE TABLE recovery_code (
    user_id   BIGINT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    code_hash TEXT   NOT NULL,
    PRIMARY KEY (user_id, code_hash)
);

-- API tokens: session tokens from POST /api/v1/auth/token and personal access tokens, stored as SHA-256.
CREATE TABLE api_token (
    id          BIGSERIAL PRIMARY KEY,
    user_id     BIGINT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    token_hash  TEXT   NOT NULL UNIQUE,
    kind        TEXT   NOT NULL CHECK (kind IN ('SESSION', 'PERSONAL')),
    name        TEXT,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_token_personal_named_ck CHECK (kind = 'SESSION' OR name IS NOT NULL)
);
CREATE INDEX api_token_user_idx ON api_token (user_id) WHERE revoked_at IS NULL;

-- Failed sign-ins per account ('user:<name>') and per client address ('ip:<address>'), for throttling and
-- temporary lockout. Shared by all application nodes.
CREATE TABLE login_throttle (
    key          TEXT PRIMARY KEY,
    failures     INT  NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until TIMESTAMP WITH TIME ZONE
);
