-- Linking projection (issue 8): people and places resolved into hub nominals and locations.
-- Everything here except link_judgements is derived from source_records and is dropped and rebuilt by
-- Admin.Rebuild. Replaces the first-cut nominals, locations and record_subjects of 0002, which no code read.
-- Portable on purpose: TEXT/INTEGER/REAL map to varchar/bigint/float on PostgreSQL and SQL Server; link_key
-- holds a signed 64-bit hash and needs BIGINT there. No engine-specific SQL below.
DROP TABLE record_subjects;
DROP TABLE nominals;
DROP TABLE locations;

-- One row per person or place a live source record mentions. The role belongs to this relationship (the
-- same nominal is a victim here and a perpetrator there), never to the nominal.
CREATE TABLE record_subjects (
    mention_id          TEXT NOT NULL PRIMARY KEY,
    subject_kind        TEXT NOT NULL,
    agency              TEXT NOT NULL,
    partner_reference   TEXT NOT NULL,
    item_index          INTEGER NOT NULL,
    record_sequence     INTEGER NOT NULL,
    first_sequence      INTEGER NOT NULL,
    role                TEXT NOT NULL,
    subject_hub_id      TEXT NULL,
    features            TEXT NOT NULL
);
CREATE INDEX ix_record_subjects_record ON record_subjects (agency, partner_reference);
CREATE INDEX ix_record_subjects_subject ON record_subjects (subject_kind, subject_hub_id);
CREATE INDEX ix_record_subjects_sequence ON record_subjects (record_sequence);

-- Blocking and frequency keys (64-bit hashes, so no name or address is indexed in clear).
CREATE TABLE link_keys (
    link_key    INTEGER NOT NULL,
    mention_id  TEXT NOT NULL,
    PRIMARY KEY (link_key, mention_id)
);
CREATE INDEX ix_link_keys_mention ON link_keys (mention_id);

-- Scored pairs the model linked or queued for review, with the evidence that drove the score.
-- Pairs kept apart are not stored: every pairwise comparison is never materialised.
CREATE TABLE link_pairs (
    link_id         TEXT NOT NULL PRIMARY KEY,
    subject_kind    TEXT NOT NULL,
    left_mention    TEXT NOT NULL,
    right_mention   TEXT NOT NULL,
    outcome         TEXT NOT NULL,
    method          TEXT NOT NULL,
    score           REAL NOT NULL,
    conflict        INTEGER NOT NULL,
    features        TEXT NOT NULL
);
CREATE INDEX ix_link_pairs_left ON link_pairs (left_mention);
CREATE INDEX ix_link_pairs_right ON link_pairs (right_mention);
CREATE INDEX ix_link_pairs_outcome ON link_pairs (outcome, link_id);

-- Hub nominals: one row per cluster of person mentions. Identifying values stay in the source records.
CREATE TABLE nominals (
    hub_id              TEXT NOT NULL PRIMARY KEY,
    anchor_mention      TEXT NOT NULL,
    mentions            INTEGER NOT NULL,
    agencies            INTEGER NOT NULL,
    updated_sequence    INTEGER NOT NULL
);

-- Hub locations: one row per cluster of place mentions, with the grid reference kept for proximity.
CREATE TABLE locations (
    hub_id              TEXT NOT NULL PRIMARY KEY,
    anchor_mention      TEXT NOT NULL,
    uprn                TEXT NULL,
    address             TEXT NULL,
    postcode            TEXT NULL,
    postcode_sector     TEXT NULL,
    easting             INTEGER NULL,
    northing            INTEGER NULL,
    mentions            INTEGER NOT NULL,
    updated_sequence    INTEGER NOT NULL
);
CREATE INDEX ix_locations_uprn ON locations (uprn);
CREATE INDEX ix_locations_sector ON locations (postcode_sector);

-- Analysts' judgements. NOT a projection: a rebuild keeps them and applies them again. Each is a change in
-- the change sequence, keyed by stable mention ids so it survives rebuilds and rule changes.
CREATE TABLE link_judgements (
    sequence        INTEGER NOT NULL PRIMARY KEY,
    link_id         TEXT NOT NULL,
    subject_kind    TEXT NOT NULL,
    left_mention    TEXT NOT NULL,
    right_mention   TEXT NOT NULL,
    judgement       TEXT NOT NULL,
    reason          TEXT NOT NULL,
    judged_by       TEXT NULL,
    judged_at       TEXT NOT NULL
);
CREATE INDEX ix_link_judgements_left ON link_judgements (left_mention);
CREATE INDEX ix_link_judgements_right ON link_judgements (right_mention);

INSERT INTO projection_checkpoints (projection, sequence) VALUES ('links', 0);
