-- PostgreSQL form of Sqlite/0001_source_store.sql: the same tables, columns, keys and indexes.
-- Keys the hub pages through by text order use COLLATE "C" so they sort by code point, as in SQLite.
-- SQLite's INTEGER (64-bit) is bigint, so Dapper reads the same .NET types from every engine.

-- Agencies the hub serves; seeded from configuration at start.
CREATE TABLE agencies (
    code        text NOT NULL PRIMARY KEY,
    name        text NOT NULL,
    kind        text NOT NULL
);

-- One counter row per sequence. Writers reserve values inside their transaction and hold the row lock until they
-- commit, so commit order and sequence order agree across hub instances and followers never skip a late commit.
CREATE TABLE sequence_counters (
    name        text NOT NULL PRIMARY KEY,
    value       bigint NOT NULL
);
INSERT INTO sequence_counters (name, value) VALUES ('change', 0);

-- The truth: every version of every partner record, append-only apart from the retracted flag.
-- The change sequence is the key, so followers read in commit order.
CREATE TABLE source_records (
    sequence            bigint NOT NULL PRIMARY KEY,
    agency              text NOT NULL REFERENCES agencies (code),
    partner_reference   text NOT NULL,
    idempotency_key     text NOT NULL,
    payload_hash        text NOT NULL,
    kind                text NOT NULL,
    adapter_id          text NULL,
    push_id             text NULL,
    body                text NOT NULL,
    retracted           smallint NOT NULL DEFAULT 0,
    received_at         timestamptz NOT NULL,
    UNIQUE (agency, idempotency_key)
);
CREATE INDEX ix_source_records_reference ON source_records (agency, partner_reference, sequence);

-- A retraction is a change of its own, with its own sequence.
CREATE TABLE retractions (
    sequence            bigint NOT NULL PRIMARY KEY,
    agency              text NOT NULL REFERENCES agencies (code),
    partner_reference   text NOT NULL,
    reason              text NOT NULL,
    retracted_at        timestamptz NOT NULL
);

-- Every rejected row with its reason. The row's content is not kept: a row the hub could not
-- read cannot be checked for protected values, and the partner still holds it.
CREATE TABLE quarantine (
    id                  text COLLATE "C" NOT NULL PRIMARY KEY,
    agency              text NOT NULL,
    adapter_id          text NULL,
    push_id             text NULL,
    file_name           text NULL,
    row_number          bigint NOT NULL,
    field               text NOT NULL,
    reason              text NOT NULL,
    code                text NOT NULL,
    other_problems      text NULL,
    received_at         timestamptz NOT NULL
);
CREATE INDEX ix_quarantine_agency ON quarantine (agency, received_at);
