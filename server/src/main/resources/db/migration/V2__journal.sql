-- The journal: private payloads, kept by their salted digest (the envelope in the log names the digest), and how far
-- the read models have applied the log.
CREATE TABLE journal_payloads (
    digest   bytea PRIMARY KEY CHECK (length(digest) = 32),
    salt     bytea NOT NULL CHECK (length(salt) = 16),
    payload  bytea NOT NULL
);

CREATE TABLE journal_position (
    id       smallint PRIMARY KEY CHECK (id = 1),
    applied  bigint NOT NULL CHECK (applied >= 0)
);
INSERT INTO journal_position (id, applied) VALUES (1, 0);
