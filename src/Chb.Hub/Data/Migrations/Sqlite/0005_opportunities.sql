-- Disruption opportunities (issue 4). opportunities, opportunity_subjects, record_ocgs and ocgs are derived from
-- the source records and the links, and are recomputed by diffing, so opportunity ids are stable and a rebuild
-- emits events only for real changes. opportunity_events and interventions are NOT projections: the first is
-- the resumable history watchers follow, the second what officers recorded. Times are UTC ticks.

-- One row per opportunity: a tactic that the linked records open for a nominal or a location.
CREATE TABLE opportunities (
    opportunity_id      TEXT NOT NULL PRIMARY KEY,
    tactic_id           TEXT NOT NULL,
    subject_kind        TEXT NOT NULL,
    subject_hub_id      TEXT NOT NULL,
    owning_agency       TEXT NOT NULL,
    priority            REAL NOT NULL,
    status              TEXT NOT NULL,
    evidence            TEXT NOT NULL,
    rationale           TEXT NOT NULL,
    content_hash        TEXT NOT NULL,
    event_sequence      INTEGER NOT NULL
);
CREATE INDEX ix_opportunities_subject ON opportunities (subject_kind, subject_hub_id);

-- Every change to an opportunity, in order: what Disruption.Watch replays from a sequence.
CREATE TABLE opportunity_events (
    event_sequence      INTEGER NOT NULL PRIMARY KEY,
    opportunity_id      TEXT NOT NULL,
    kind                TEXT NOT NULL,
    subject_kind        TEXT NOT NULL,
    subject_hub_id      TEXT NOT NULL
);

-- What officers did about an opportunity, and the disruption they assessed. Each is a change in the change sequence.
CREATE TABLE interventions (
    sequence            INTEGER NOT NULL PRIMARY KEY,
    intervention_id     TEXT NOT NULL,
    request_id          TEXT NOT NULL,
    opportunity_id      TEXT NOT NULL,
    tactic_id           TEXT NOT NULL,
    subject_kind        TEXT NOT NULL,
    subject_hub_id      TEXT NOT NULL,
    actor               TEXT NOT NULL,
    agency              TEXT NOT NULL,
    taken_at_ticks      INTEGER NOT NULL,
    grade               TEXT NOT NULL,
    summary             TEXT NOT NULL,
    new_status          TEXT NOT NULL,
    recorded_at_ticks   INTEGER NOT NULL,
    UNIQUE (agency, request_id)
);
CREATE INDEX ix_interventions_opportunity ON interventions (opportunity_id, sequence);
CREATE INDEX ix_interventions_subject ON interventions (subject_kind, subject_hub_id);

-- OCG memberships as partner records state them (police nominal records), by record.
CREATE TABLE record_ocgs (
    agency              TEXT NOT NULL,
    partner_reference   TEXT NOT NULL,
    ocg_reference       TEXT NOT NULL,
    role                TEXT NOT NULL,
    PRIMARY KEY (agency, partner_reference, ocg_reference)
);
CREATE INDEX ix_record_ocgs_ocg ON record_ocgs (ocg_reference);

-- Which case each record belongs to. Some partners export a case as one record per party, so people and places
-- named in one case are found through the case, not the record.
CREATE TABLE record_cases (
    agency              TEXT NOT NULL,
    partner_reference   TEXT NOT NULL,
    case_key            TEXT NOT NULL,
    PRIMARY KEY (agency, partner_reference)
);
CREATE INDEX ix_record_cases_case ON record_cases (agency, case_key);

-- OCGs as their owning force's records describe them.
CREATE TABLE ocgs (
    ocg_reference       TEXT NOT NULL PRIMARY KEY,
    agency              TEXT NOT NULL,
    partner_reference   TEXT NOT NULL,
    name                TEXT NOT NULL,
    morile_score        INTEGER NULL
);

-- Which nominals and locations belong to an OCG's picture: members, and the people and places their records
-- mention. Need-to-know for LROs is decided from this table.
CREATE TABLE opportunity_subjects (
    ocg_reference       TEXT NOT NULL,
    subject_kind        TEXT NOT NULL,
    subject_hub_id      TEXT NOT NULL,
    is_member           INTEGER NOT NULL,
    PRIMARY KEY (ocg_reference, subject_kind, subject_hub_id)
);
CREATE INDEX ix_opportunity_subjects_subject ON opportunity_subjects (subject_kind, subject_hub_id);

-- The mentions as this projection last saw them: comparing with record_subjects finds every subject whose
-- records, versions or cluster changed, whatever caused it (a push, a retraction, a judgement, a merge).
CREATE TABLE opportunity_mentions (
    mention_id          TEXT NOT NULL PRIMARY KEY,
    subject_kind        TEXT NOT NULL,
    subject_hub_id      TEXT NULL,
    record_sequence     INTEGER NOT NULL
);

INSERT INTO projection_checkpoints (projection, sequence) VALUES ('opportunities', 0);
INSERT INTO sequence_counters (name, value) VALUES ('opportunity', 0);
