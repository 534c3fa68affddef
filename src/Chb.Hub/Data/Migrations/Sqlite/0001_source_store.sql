-- Agencies the hub serves; seeded from configuration at start.
CREATE TABLE agencies (
    code        TEXT NOT NULL PRIMARY KEY,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL
);

-- One counter row per sequence. Writers reserve values inside their transaction, so commit order
-- and sequence order agree and followers never skip a late commit.
CREATE TABLE sequence_counters (
    name        TEXT NOT NULL PRIMARY KEY,
    value       INTEGER NOT NULL
);
INSERT INTO sequence_counters (name, value) VALUES ('change', 0);

-- The truth: every version of every partner record, append-only apart from the retracted flag.
-- The change sequence is the key, so followers read in commit order.
CREATE TABLE source_records (
    sequence            INTEGER NOT NULL PRIMARY KEY,
    agency              TEXT NOT NULL REFERENCES agencies (code),
    partner_reference   TEXT NOT NULL,
    idempotency_key     TEXT NOT NULL,
    payload_hash        TEXT NOT NULL,
    kind                TEXT NOT NULL,
    adapter_id          TEXT NULL,
    push_id             TEXT NULL,
    body                TEXT NOT NULL,
    retracted           INTEGER NOT NULL DEFAULT 0,
    received_at         TEXT NOT NULL,
    UNIQUE (agency, idempotency_key)
);
CREATE INDEX ix_source_records_reference ON source_records (agency, partner_reference, sequence);

-- A retraction is a change of its own, with its own sequence.
CREATE TABLE retractions (
    sequence            INTEGER NOT NULL PRIMARY KEY,
    agency              TEXT NOT NULL REFERENCES agencies (code),
    partner_reference   TEXT NOT NULL,
    reason              TEXT NOT NULL,
    retracted_at        TEXT NOT NULL
);

-- Every rejected row with its reason. The row's content is not kept: a row the hub could not
-- read cannot be checked for protected values, and the partner still holds it.
CREATE TABLE quarantine (
    id                  TEXT NOT NULL PRIMARY KEY,
    agency              TEXT NOT NULL,
    adapter_id          TEXT NULL,
    push_id             TEXT NULL,
    file_name           TEXT NULL,
    row_number          INTEGER NOT NULL,
    field               TEXT NOT NULL,
    reason              TEXT NOT NULL,
    code                TEXT NOT NULL,
    other_problems      TEXT NULL,
    received_at         TEXT NOT NULL
);
CREATE INDEX ix_quarantine_agency ON quarantine (agency, received_at);
