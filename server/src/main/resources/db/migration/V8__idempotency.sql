-- Requests sent with an Idempotency-Key, per caller, and the answer given to the first one: a retry gets that answer
-- again instead of a second entry in the log. A row with no status is a request still being answered.
CREATE TABLE idempotent_requests (
    caller        text        NOT NULL,
    key           text        NOT NULL,
    request       bytea       NOT NULL CHECK (length(request) = 32),
    status        integer,
    content_type  text,
    body          bytea,
    claimed_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (caller, key)
);
CREATE INDEX idempotent_requests_by_age ON idempotent_requests (claimed_at);
