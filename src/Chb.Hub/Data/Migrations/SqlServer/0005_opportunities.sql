-- SQL Server form of Sqlite/0005_opportunities.sql: TEXT is nvarchar (binary collation on ids and keys, bounded
-- where indexed), bigint bigint, float float.
-- One row per opportunity: a tactic that the linked records open for a nominal or a location.
CREATE TABLE opportunities (
    opportunity_id      nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL PRIMARY KEY,
    tactic_id           nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL,
    subject_kind        nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL,
    subject_hub_id      nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL,
    owning_agency       nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL,
    priority            float NOT NULL,
    status              nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL,
    evidence            nvarchar(max) NOT NULL,
    rationale           nvarchar(max) NOT NULL,
    content_hash        nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL,
    event_sequence      bigint NOT NULL
);
CREATE INDEX ix_opportunities_subject ON opportunities (subject_kind, subject_hub_id);

-- Every change to an opportunity, in order: what Disruption.Watch replays from a sequence.
CREATE TABLE opportunity_events (
    event_sequence      bigint NOT NULL PRIMARY KEY,
    opportunity_id      nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL,
    kind                nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL,
    subject_kind        nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL,
    subject_hub_id      nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL
);

-- What officers did about an opportunity, and the disruption they assessed. Each is a change in the change sequence.
CREATE TABLE interventions (
    sequence            bigint NOT NULL PRIMARY KEY,
    intervention_id     nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL,
    request_id          nvarchar(200) COLLATE Latin1_General_100_BIN2 NOT NULL,
    opportunity_id      nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL,
    tactic_id           nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL,
    subject_kind        nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL,
    subject_hub_id      nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL,
    actor               nvarchar(200) COLLATE Latin1_General_100_BIN2 NOT NULL,
    agency              nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL,
    taken_at_ticks      bigint NOT NULL,
    grade               nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL,
    summary             nvarchar(max) NOT NULL,
    new_status          nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL,
    recorded_at_ticks   bigint NOT NULL,
    UNIQUE (agency, request_id)
);
CREATE INDEX ix_interventions_opportunity ON interventions (opportunity_id, sequence);
CREATE INDEX ix_interventions_subject ON interventions (subject_kind, subject_hub_id);

-- OCG memberships as partner records state them (police nominal records), by record.
CREATE TABLE record_ocgs (
    agency              nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL,
    partner_reference   nvarchar(200) COLLATE Latin1_General_100_BIN2 NOT NULL,
    ocg_reference       nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL,
    role                nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL,
    PRIMARY KEY (agency, partner_reference, ocg_reference)
);
CREATE INDEX ix_record_ocgs_ocg ON record_ocgs (ocg_reference);

-- Which case each record belongs to. Some partners export a case as one record per party, so people and places
-- named in one case are found through the case, not the record.
CREATE TABLE record_cases (
    agency              nvarchar(32) COLLATE Latin1_General_100_BIN2 NOT NULL,
    partner_reference   nvarchar(200) COLLATE Latin1_General_100_BIN2 NOT NULL,
    case_key            nvarchar(200) COLLATE Latin1_General_100_BIN2 NOT NULL,
    PRIMARY KEY (agency, partner_reference)
);
CREATE INDEX ix_record_cases_case ON record_cases (agency, case_key);

-- OCGs as their owning force's records describe them.
CREATE TABLE ocgs (
    ocg_reference       nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL PRIMARY KEY,
    agency              nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL,
    partner_reference   nvarchar(200) COLLATE Latin1_General_100_BIN2 NOT NULL,
    name                nvarchar(200) COLLATE Latin1_General_100_BIN2 NOT NULL,
    morile_score        bigint NULL
);

-- Which nominals and locations belong to an OCG's picture: members, and the people and places their records
-- mention. Need-to-know for LROs is decided from this table.
CREATE TABLE opportunity_subjects (
    ocg_reference       nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL,
    subject_kind        nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL,
    subject_hub_id      nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL,
    is_member           bigint NOT NULL,
    PRIMARY KEY (ocg_reference, subject_kind, subject_hub_id)
);
CREATE INDEX ix_opportunity_subjects_subject ON opportunity_subjects (subject_kind, subject_hub_id);

-- The mentions as this projection last saw them: comparing with record_subjects finds every subject whose
-- records, versions or cluster changed, whatever caused it (a push, a retraction, a judgement, a merge).
CREATE TABLE opportunity_mentions (
    mention_id          nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL PRIMARY KEY,
    subject_kind        nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL,
    subject_hub_id      nvarchar(64) COLLATE Latin1_General_100_BIN2 NULL,
    record_sequence     bigint NOT NULL
);

INSERT INTO projection_checkpoints (projection, sequence) VALUES ('opportunities', 0);
INSERT INTO sequence_counters (name, value) VALUES ('opportunity', 0);
