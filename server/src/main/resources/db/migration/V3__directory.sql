-- Who and where: parties with their published keys, and the places (posts, crossing points, routes). Read models of
-- the log (party.registered, place.*-registered): dropped and rebuilt by replaying it.
CREATE TABLE parties (
    code           text PRIMARY KEY,
    name           text NOT NULL,
    kind           text NOT NULL,
    registered_at  timestamptz NOT NULL,
    log_index      bigint NOT NULL
);

CREATE TABLE party_keys (
    party         text NOT NULL REFERENCES parties (code),
    key_id        text NOT NULL,
    verifier_key  text NOT NULL,
    valid_from    timestamptz NOT NULL,
    retired_at    timestamptz,
    PRIMARY KEY (party, key_id)
);

CREATE TABLE places (
    kind       text NOT NULL CHECK (kind IN ('post', 'crossing-point', 'route')),
    id         text NOT NULL,
    document   text NOT NULL,
    log_index  bigint NOT NULL,
    PRIMARY KEY (kind, id)
);
