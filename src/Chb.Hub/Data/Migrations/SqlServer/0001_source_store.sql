-- SQL Server form of Sqlite/0001_source_store.sql: the same tables, columns, keys and indexes.
-- Text that the hub compares or pages through is nvarchar with a binary collation, so keys are case-sensitive and sort
-- by code point as in SQLite (the server's default collation is usually case-insensitive). SQLite's INTEGER is bigint.

-- Agencies the hub serves; seeded from configuration at start.
CREATE TABLE agencies (
    code        nvarchar(32) COLLATE Latin1_General_100_BIN2 NOT NULL PRIMARY KEY,
    name        nvarchar(400) NOT NULL,
    kind        nvarchar(64) NOT NULL
);

-- One counter row per sequence. Writers reserve values inside their transaction and hold the row lock until they
-- commit, so commit order and sequence order agree across hub instances and followers never skip a late commit.
CREATE TABLE sequence_counters (
    name        nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL PRIMARY KEY,
    value       bigint NOT NULL
);
INSERT INTO sequence_counters (name, value) VALUES (N'change', 0);

-- The truth: every version of every partner record, append-only apart from the retracted flag.
-- The change sequence is the key, so followers read in commit order.
CREATE TABLE source_records (
    sequence            bigint NOT NULL PRIMARY KEY,
    agency              nvarchar(32) COLLATE Latin1_General_100_BIN2 NOT NULL REFERENCES agencies (code),
    partner_reference   nvarchar(200) COLLATE Latin1_General_100_BIN2 NOT NULL,
    idempotency_key     nvarchar(300) COLLATE Latin1_General_100_BIN2 NOT NULL,
    payload_hash        nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL,
    kind                nvarchar(32) NOT NULL,
    adapter_id          nvarchar(200) NULL,
    push_id             nvarchar(100) NULL,
    body                nvarchar(max) NOT NULL,
    retracted           bit NOT NULL DEFAULT 0,
    received_at         datetimeoffset(7) NOT NULL,
    CONSTRAINT uq_source_records_key UNIQUE (agency, idempotency_key)
);
CREATE INDEX ix_source_records_reference ON source_records (agency, partner_reference, sequence);

-- A retraction is a change of its own, with its own sequence.
CREATE TABLE retractions (
    sequence            bigint NOT NULL PRIMARY KEY,
    agency              nvarchar(32) COLLATE Latin1_General_100_BIN2 NOT NULL REFERENCES agencies (code),
    partner_reference   nvarchar(200) COLLATE Latin1_General_100_BIN2 NOT NULL,
    reason              nvarchar(max) NOT NULL,
    retracted_at        datetimeoffset(7) NOT NULL
);

-- Every rejected row with its reason. The row's content is not kept: a row the hub could not
-- read cannot be checked for protected values, and the partner still holds it.
CREATE TABLE quarantine (
    id                  nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL PRIMARY KEY,
    agency              nvarchar(32) COLLATE Latin1_General_100_BIN2 NOT NULL,
    adapter_id          nvarchar(200) NULL,
    push_id             nvarchar(100) NULL,
    file_name           nvarchar(260) NULL,
    row_number          bigint NOT NULL,
    field               nvarchar(max) NOT NULL,
    reason              nvarchar(max) NOT NULL,
    code                nvarchar(64) NOT NULL,
    other_problems      nvarchar(max) NULL,
    received_at         datetimeoffset(7) NOT NULL
);
CREATE INDEX ix_quarantine_agency ON quarantine (agency, received_at);

-- SQL Server only: the table-valued parameter a batch of new source records travels in (one round trip per batch).
CREATE TYPE source_record_rows AS TABLE (
    sequence            bigint NOT NULL PRIMARY KEY,
    agency              nvarchar(32) NOT NULL,
    partner_reference   nvarchar(200) NOT NULL,
    idempotency_key     nvarchar(300) NOT NULL,
    payload_hash        nvarchar(64) NOT NULL,
    kind                nvarchar(32) NOT NULL,
    adapter_id          nvarchar(200) NULL,
    push_id             nvarchar(100) NULL,
    body                nvarchar(max) NOT NULL,
    received_at         datetimeoffset(7) NOT NULL
);
