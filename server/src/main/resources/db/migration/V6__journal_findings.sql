-- Entries of the log that a read model could not take: set aside, the same way on every node, and reported.
-- A finding is kept in the transaction that moves journal_position past its entry, so it is recorded exactly once.
CREATE TABLE journal_findings (
    log_index   bigint NOT NULL CHECK (log_index >= 0),
    projection  text   NOT NULL,
    reason      text   NOT NULL,
    found_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (log_index, projection)
);
