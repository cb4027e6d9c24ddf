-- People who sign in, the roles they hold in their party, and their API tokens.
-- Passwords are kept only as algorithm-prefixed hashes ({argon2}...), token secrets only as their SHA-256.

CREATE TABLE person (
    username      text PRIMARY KEY CHECK (username ~ '^[a-z][a-z0-9._-]{1,63}$'),
    display_name  text NOT NULL CHECK (display_name <> ''),
    party         text NOT NULL,
    password_hash text NOT NULL CHECK (password_hash ~ '^\{[a-z0-9_-]+\}')
);

CREATE TABLE role_grant (
    username text NOT NULL REFERENCES person (username),
    role     text NOT NULL,
    post     text,
    -- a state officer is granted at a post; no other role names one
    CHECK ((role = 'STATE_OFFICER') = (post IS NOT NULL))
);
CREATE UNIQUE INDEX role_grant_once ON role_grant (username, role, coalesce(post, ''));

CREATE TABLE api_token (
    id            uuid PRIMARY KEY,
    username      text NOT NULL REFERENCES person (username),
    label         text NOT NULL,
    secret_sha256 bytea NOT NULL UNIQUE CHECK (length(secret_sha256) = 32),
    issued_at     timestamptz NOT NULL,
    revoked_at    timestamptz CHECK (revoked_at IS NULL OR revoked_at >= issued_at)
);
CREATE INDEX api_token_of_person ON api_token (username, issued_at);
