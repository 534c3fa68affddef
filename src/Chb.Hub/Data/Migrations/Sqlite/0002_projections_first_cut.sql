-- Projections are derived from source_records and can be dropped and rebuilt at any time.

-- How far each projector has applied the change sequence.
CREATE TABLE projection_checkpoints (
    projection  TEXT NOT NULL PRIMARY KEY,
    sequence    INTEGER NOT NULL
);

-- Linked people: one row per hub nominal.
CREATE TABLE nominals (
    hub_id          TEXT NOT NULL PRIMARY KEY,
    display_name    TEXT NOT NULL,
    date_of_birth   TEXT NULL,
    pnc_id          TEXT NULL,
    updated_sequence INTEGER NOT NULL
);

-- Linked places: one row per hub location.
CREATE TABLE locations (
    hub_id          TEXT NOT NULL PRIMARY KEY,
    uprn            TEXT NULL,
    address         TEXT NULL,
    postcode        TEXT NULL,
    easting         INTEGER NULL,
    northing        INTEGER NULL,
    updated_sequence INTEGER NOT NULL
);
CREATE INDEX ix_locations_uprn ON locations (uprn);

-- Which source records mention which nominal or location, and in what role (roles belong to the
-- relationship, not the person).
CREATE TABLE record_subjects (
    record_sequence INTEGER NOT NULL,
    subject_kind    TEXT NOT NULL,
    subject_hub_id  TEXT NOT NULL,
    role            TEXT NOT NULL,
    PRIMARY KEY (record_sequence, subject_kind, subject_hub_id, role)
);
CREATE INDEX ix_record_subjects_subject ON record_subjects (subject_kind, subject_hub_id);
