-- Travellers' cases, a read model of the log (rebuilt from it by replay). The public columns come from the envelopes;
-- traveller (the document's machine-readable zone, purpose, travel date) and submission come from the private payload
-- this node holds, and are shown only to the parties in data_recipients.
CREATE TABLE travel_cases (
    reference        text        PRIMARY KEY,
    status           text        NOT NULL,
    passage          text        NOT NULL,
    direction_from   text        NOT NULL,
    direction_to     text        NOT NULL,
    decided          integer     NOT NULL DEFAULT 0,   -- how many of the passage's checks were passed
    category         text        NOT NULL,
    allowed_by       text,
    opened_at        timestamptz NOT NULL,
    waiting_at       text,                    -- the post whose decision the case waits for
    waiting_since    timestamptz,
    data_recipients  text[]      NOT NULL,
    traveller        jsonb,
    submission       bytea                    -- SHA-256 of a pre-registration's content: the same one twice is one
);

-- not UNIQUE: the writer never records a submission twice, and a log that does must not stop the read models
CREATE INDEX travel_cases_submission ON travel_cases (submission) WHERE submission IS NOT NULL;

CREATE INDEX travel_cases_queue ON travel_cases (waiting_at, waiting_since) WHERE waiting_at IS NOT NULL;

CREATE TABLE travel_case_entries (
    log_index   bigint      PRIMARY KEY,
    reference   text        NOT NULL REFERENCES travel_cases (reference) ON DELETE CASCADE,
    type        text        NOT NULL,
    at          timestamptz NOT NULL,
    actor       text        NOT NULL,
    reason      text,
    recipients  text[]      NOT NULL
);

CREATE INDEX travel_case_entries_case ON travel_case_entries (reference, log_index);
