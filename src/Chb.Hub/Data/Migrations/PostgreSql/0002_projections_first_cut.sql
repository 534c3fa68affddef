-- PostgreSQL form of Sqlite/0002_projections_first_cut.sql (SQLite's INTEGER is bigint).
-- Projections are derived from source_records and can be dropped and rebuilt at any time.

-- How far each projector has applied the change sequence.
CREATE TABLE projection_checkpoints (
    projection  text NOT NULL PRIMARY KEY,
    sequence    bigint NOT NULL
);

-- Linked people: one row per hub nominal.
CREATE TABLE nominals (
    hub_id          text NOT NULL PRIMARY KEY,
    display_name    text NOT NULL,
    date_of_birth   text NULL,
    pnc_id          text NULL,
    updated_sequence bigint NOT NULL
);

-- Linked places: one row per hub location.
CREATE TABLE locations (
    hub_id          text NOT NULL PRIMARY KEY,
    uprn            text NULL,
    address         text NULL,
    postcode        text NULL,
    easting         bigint NULL,
    northing        bigint NULL,
    updated_sequence bigint NOT NULL
);
CREATE INDEX ix_locations_uprn ON locations (uprn);

-- Which source records mention which nominal or location, and in what role (roles belong to the
-- relationship, not the person).
CREATE TABLE record_subjects (
    record_sequence bigint NOT NULL,
    subject_kind    text NOT NULL,
    subject_hub_id  text NOT NULL,
    role            text NOT NULL,
    PRIMARY KEY (record_sequence, subject_kind, subject_hub_id, role)
);
CREATE INDEX ix_record_subjects_subject ON record_subjects (subject_kind, subject_hub_id);
