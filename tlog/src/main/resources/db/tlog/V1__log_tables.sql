-- The transparency log's own tables (module tlog, package org.crossings.tlog.storage).
-- Applied by Flyway from classpath:db/tlog with the history table tlog_schema_history.

-- Sequenced entries, one row per leaf. Entries never change once committed.
CREATE TABLE tlog_entries (
    idx  BIGINT PRIMARY KEY CHECK (idx >= 0),
    data BYTEA  NOT NULL
);

-- Hash tiles after tlog-tiles, full or the current partial one (replaced as it grows).
CREATE TABLE tlog_tiles (
    level  INT    NOT NULL CHECK (level >= 0),
    idx    BIGINT NOT NULL CHECK (idx >= 0),
    hashes BYTEA  NOT NULL,
    PRIMARY KEY (level, idx)
);

-- The tree state of the last committed batch. Exactly one row; writers lock it to serialise their batches.
CREATE TABLE tlog_state (
    singleton BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    size      BIGINT  NOT NULL CHECK (size >= 0),
    root      BYTEA,
    CHECK ((size = 0) = (root IS NULL))
);
INSERT INTO tlog_state (singleton, size, root) VALUES (TRUE, 0, NULL);

-- Every checkpoint the log signed, as signed: the history is evidence.
CREATE TABLE tlog_checkpoints (
    seq          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    size         BIGINT      NOT NULL CHECK (size >= 0),
    note         TEXT        NOT NULL,
    published_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX tlog_checkpoints_size ON tlog_checkpoints (size);

-- Entries and published checkpoints are append-only; refuse any attempt to rewrite history in place.
CREATE FUNCTION tlog_refuse_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'table % is append-only: % refused', TG_TABLE_NAME, TG_OP;
END;
$$;
CREATE TRIGGER tlog_entries_append_only BEFORE UPDATE OR DELETE ON tlog_entries
    FOR EACH ROW EXECUTE FUNCTION tlog_refuse_rewrite();
CREATE TRIGGER tlog_checkpoints_append_only BEFORE UPDATE OR DELETE ON tlog_checkpoints
    FOR EACH ROW EXECUTE FUNCTION tlog_refuse_rewrite();
