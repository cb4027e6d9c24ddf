-- Agreements, a read model of the log (rebuilt from it by replay): each version's terms, signatures and suspension,
-- and a timeline of the steps. Instants named *_at are the events' own; recorded_at is the time of the envelope.
CREATE TABLE agreement_versions (
    agreement_id           text        NOT NULL,
    version                integer     NOT NULL CHECK (version >= 1),
    title                  text        NOT NULL,
    terms                  text        NOT NULL,   -- canonical JSON (RFC 8785) of the terms
    proposer               text        NOT NULL,
    proposed_at            timestamptz NOT NULL,
    recorded_at            timestamptz NOT NULL,
    log_index              bigint      NOT NULL,
    in_force_at            timestamptz,            -- once every party has signed: max(last signature, window start)
    suspended_by           text,
    suspended_at           timestamptz,
    suspension_reason      text,
    suspension_recorded_at timestamptz,
    used                   bigint      NOT NULL DEFAULT 0,   -- entries whose envelope names it in allowedBy
    PRIMARY KEY (agreement_id, version)
);

CREATE TABLE agreement_signatures (
    agreement_id  text        NOT NULL,
    version       integer     NOT NULL,
    party         text        NOT NULL,
    key_id        text        NOT NULL,
    signed_at     timestamptz NOT NULL,
    signature     bytea       NOT NULL,
    recorded_at   timestamptz NOT NULL,
    log_index     bigint      NOT NULL,
    PRIMARY KEY (agreement_id, version, party),
    FOREIGN KEY (agreement_id, version) REFERENCES agreement_versions (agreement_id, version) ON DELETE CASCADE
);

-- One row per step of each version, as the envelopes dated them; "in-force" is derived from terms and signatures.
CREATE VIEW agreement_timeline AS
    SELECT agreement_id, version, 1 AS ordinal, 'proposed' AS step, recorded_at AS at, proposer AS party,
           NULL AS detail
      FROM agreement_versions
    UNION ALL
    SELECT agreement_id, version, 2, 'signed', recorded_at, party, NULL
      FROM agreement_signatures
    UNION ALL
    SELECT agreement_id, version, 3, 'in-force', in_force_at, NULL, NULL
      FROM agreement_versions WHERE in_force_at IS NOT NULL
    UNION ALL
    SELECT agreement_id, version, 4, 'suspended', suspension_recorded_at, suspended_by, suspension_reason
      FROM agreement_versions WHERE suspended_at IS NOT NULL;
