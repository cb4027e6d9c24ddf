-- Pre-registrations: what travellers submit before arriving, without signing in. Kept apart from the log: never
-- signed, never in the log, never replayed, because anyone may submit one and nothing anonymous may write to the
-- permanent log. A pre-registration enters the log only when the front office takes the traveller in: the intake
-- entry opens the case under the same reference, and the row here is deleted. A row not taken in is deleted once it
-- expires. It holds personal data (the document's zone), which only this node holds until intake.
CREATE TABLE preregistrations (
    reference       text        PRIMARY KEY,
    secret_hash     bytea       NOT NULL CHECK (length(secret_hash) = 32),   -- SHA-256 of the traveller's secret
    mrz             text        NOT NULL,
    purpose         text        NOT NULL,
    passage_kind    text        NOT NULL CHECK (passage_kind IN ('crossing-point', 'route')),
    passage         text        NOT NULL,
    direction_from  text        NOT NULL,
    direction_to    text        NOT NULL,
    travel_date     date        NOT NULL,
    made_at         timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL CHECK (expires_at > made_at)
);

CREATE INDEX preregistrations_by_expiry ON preregistrations (expires_at);

-- The hash of the traveller's secret of a case, from the private payload of the entry that took them in: with the
-- reference, it opens the receipt to the traveller. Part of the cases read model, so a rebuild finds it again in the
-- payloads; none for the cases of an old log, whose entries carry no secret.
ALTER TABLE travel_cases ADD COLUMN secret_hash bytea CHECK (length(secret_hash) = 32);
