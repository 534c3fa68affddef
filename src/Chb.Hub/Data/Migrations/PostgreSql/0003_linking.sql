-- PostgreSQL form of Sqlite/0003_linking.sql: TEXT is text, INTEGER bigint, REAL double precision, and the
-- judgement time a timestamptz like the other stored times. Ids that the linking code orders ordinally use
-- COLLATE "C".
DROP TABLE record_subjects;
DROP TABLE nominals;
DROP TABLE locations;

-- One row per person or place a live source record mentions. The role belongs to this relationship (the
-- same nominal is a victim here and a perpetrator there), never to the nominal.
CREATE TABLE record_subjects (
    mention_id          text COLLATE "C" NOT NULL PRIMARY KEY,
    subject_kind        text NOT NULL,
    agency              text NOT NULL,
    partner_reference   text NOT NULL,
    item_index          bigint NOT NULL,
    record_sequence     bigint NOT NULL,
    first_sequence      bigint NOT NULL,
    role                text NOT NULL,
    subject_hub_id      text COLLATE "C" NULL,
    features            text NOT NULL
);
CREATE INDEX ix_record_subjects_record ON record_subjects (agency, partner_reference);
CREATE INDEX ix_record_subjects_subject ON record_subjects (subject_kind, subject_hub_id);
CREATE INDEX ix_record_subjects_sequence ON record_subjects (record_sequence);

-- Blocking and frequency keys (64-bit hashes, so no name or address is indexed in clear).
CREATE TABLE link_keys (
    link_key    bigint NOT NULL,
    mention_id  text COLLATE "C" NOT NULL,
    PRIMARY KEY (link_key, mention_id)
);
CREATE INDEX ix_link_keys_mention ON link_keys (mention_id);

-- Scored pairs the model linked or queued for review, with the evidence that drove the score.
-- Pairs kept apart are not stored: every pairwise comparison is never materialised.
CREATE TABLE link_pairs (
    link_id         text COLLATE "C" NOT NULL PRIMARY KEY,
    subject_kind    text NOT NULL,
    left_mention    text COLLATE "C" NOT NULL,
    right_mention   text COLLATE "C" NOT NULL,
    outcome         text NOT NULL,
    method          text NOT NULL,
    score           double precision NOT NULL,
    conflict        bigint NOT NULL,
    features        text NOT NULL
);
CREATE INDEX ix_link_pairs_left ON link_pairs (left_mention);
CREATE INDEX ix_link_pairs_right ON link_pairs (right_mention);
CREATE INDEX ix_link_pairs_outcome ON link_pairs (outcome, link_id);

-- Hub nominals: one row per cluster of person mentions. Identifying values stay in the source records.
CREATE TABLE nominals (
    hub_id              text COLLATE "C" NOT NULL PRIMARY KEY,
    anchor_mention      text COLLATE "C" NOT NULL,
    mentions            bigint NOT NULL,
    agencies            bigint NOT NULL,
    updated_sequence    bigint NOT NULL
);

-- Hub locations: one row per cluster of place mentions, with the grid reference kept for proximity.
CREATE TABLE locations (
    hub_id              text COLLATE "C" NOT NULL PRIMARY KEY,
    anchor_mention      text COLLATE "C" NOT NULL,
    uprn                text NULL,
    address             text NULL,
    postcode            text NULL,
    postcode_sector     text NULL,
    easting             bigint NULL,
    northing            bigint NULL,
    mentions            bigint NOT NULL,
    updated_sequence    bigint NOT NULL
);
CREATE INDEX ix_locations_uprn ON locations (uprn);
CREATE INDEX ix_locations_sector ON locations (postcode_sector);

-- Analysts' judgements. NOT a projection: a rebuild keeps them and applies them again. Each is a change in
-- the change sequence, keyed by stable mention ids so it survives rebuilds and rule changes.
CREATE TABLE link_judgements (
    sequence        bigint NOT NULL PRIMARY KEY,
    link_id         text COLLATE "C" NOT NULL,
    subject_kind    text NOT NULL,
    left_mention    text COLLATE "C" NOT NULL,
    right_mention   text COLLATE "C" NOT NULL,
    judgement       text NOT NULL,
    reason          text NOT NULL,
    judged_by       text NULL,
    judged_at       timestamptz NOT NULL
);
CREATE INDEX ix_link_judgements_left ON link_judgements (left_mention);
CREATE INDEX ix_link_judgements_right ON link_judgements (right_mention);

INSERT INTO projection_checkpoints (projection, sequence) VALUES ('links', 0);
