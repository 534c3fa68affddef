-- SQL Server form of Sqlite/0002_projections_first_cut.sql (binary collation on keys, bigint for INTEGER).
-- Projections are derived from source_records and can be dropped and rebuilt at any time.

-- How far each projector has applied the change sequence.
CREATE TABLE projection_checkpoints (
    projection  nvarchar(100) COLLATE Latin1_General_100_BIN2 NOT NULL PRIMARY KEY,
    sequence    bigint NOT NULL
);

-- Linked people: one row per hub nominal.
CREATE TABLE nominals (
    hub_id          nvarchar(200) COLLATE Latin1_General_100_BIN2 NOT NULL PRIMARY KEY,
    display_name    nvarchar(max) NOT NULL,
    date_of_birth   nvarchar(32) NULL,
    pnc_id          nvarchar(64) COLLATE Latin1_General_100_BIN2 NULL,
    updated_sequence bigint NOT NULL
);

-- Linked places: one row per hub location.
CREATE TABLE locations (
    hub_id          nvarchar(200) COLLATE Latin1_General_100_BIN2 NOT NULL PRIMARY KEY,
    uprn            nvarchar(32) COLLATE Latin1_General_100_BIN2 NULL,
    address         nvarchar(max) NULL,
    postcode        nvarchar(16) NULL,
    easting         bigint NULL,
    northing        bigint NULL,
    updated_sequence bigint NOT NULL
);
CREATE INDEX ix_locations_uprn ON locations (uprn);

-- Which source records mention which nominal or location, and in what role (roles belong to the
-- relationship, not the person).
CREATE TABLE record_subjects (
    record_sequence bigint NOT NULL,
    subject_kind    nvarchar(32) COLLATE Latin1_General_100_BIN2 NOT NULL,
    subject_hub_id  nvarchar(200) COLLATE Latin1_General_100_BIN2 NOT NULL,
    role            nvarchar(32) COLLATE Latin1_General_100_BIN2 NOT NULL,
    PRIMARY KEY (record_sequence, subject_kind, subject_hub_id, role)
);
CREATE INDEX ix_record_subjects_subject ON record_subjects (subject_kind, subject_hub_id);
