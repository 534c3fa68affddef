-- PostgreSQL form of Sqlite/0005_opportunities.sql: text is text (ids ordered ordinally use COLLATE "C"),
-- bigint bigint, double precision double precision.
-- One row per opportunity: a tactic that the linked records open for a nominal or a location.
CREATE TABLE opportunities (
    opportunity_id      text COLLATE "C" NOT NULL PRIMARY KEY,
    tactic_id           text NOT NULL,
    subject_kind        text NOT NULL,
    subject_hub_id      text NOT NULL,
    owning_agency       text NOT NULL,
    priority            double precision NOT NULL,
    status              text NOT NULL,
    evidence            text NOT NULL,
    rationale           text NOT NULL,
    content_hash        text NOT NULL,
    event_sequence      bigint NOT NULL
);
CREATE INDEX ix_opportunities_subject ON opportunities (subject_kind, subject_hub_id);

-- Every change to an opportunity, in order: what Disruption.Watch replays from a sequence.
CREATE TABLE opportunity_events (
    event_sequence      bigint NOT NULL PRIMARY KEY,
    opportunity_id      text NOT NULL,
    kind                text NOT NULL,
    subject_kind        text NOT NULL,
    subject_hub_id      text NOT NULL
);

-- What officers did about an opportunity, and the disruption they assessed. Each is a change in the change sequence.
CREATE TABLE interventions (
    sequence            bigint NOT NULL PRIMARY KEY,
    intervention_id     text NOT NULL,
    request_id          text NOT NULL,
    opportunity_id      text NOT NULL,
    tactic_id           text NOT NULL,
    subject_kind        text NOT NULL,
    subject_hub_id      text NOT NULL,
    actor               text NOT NULL,
    agency              text NOT NULL,
    taken_at_ticks      bigint NOT NULL,
    grade               text NOT NULL,
    summary             text NOT NULL,
    new_status          text NOT NULL,
    recorded_at_ticks   bigint NOT NULL,
    UNIQUE (agency, request_id)
);
CREATE INDEX ix_interventions_opportunity ON interventions (opportunity_id, sequence);
CREATE INDEX ix_interventions_subject ON interventions (subject_kind, subject_hub_id);

-- OCG memberships as partner records state them (police nominal records), by record.
CREATE TABLE record_ocgs (
    agency              text NOT NULL,
    partner_reference   text NOT NULL,
    ocg_reference       text NOT NULL,
    role                text NOT NULL,
    PRIMARY KEY (agency, partner_reference, ocg_reference)
);
CREATE INDEX ix_record_ocgs_ocg ON record_ocgs (ocg_reference);

-- Which case each record belongs to. Some partners export a case as one record per party, so people and places
-- named in one case are found through the case, not the record.
CREATE TABLE record_cases (
    agency              text NOT NULL,
    partner_reference   text NOT NULL,
    case_key            text NOT NULL,
    PRIMARY KEY (agency, partner_reference)
);
CREATE INDEX ix_record_cases_case ON record_cases (agency, case_key);

-- OCGs as their owning force's records describe them.
CREATE TABLE ocgs (
    ocg_reference       text NOT NULL PRIMARY KEY,
    agency              text NOT NULL,
    partner_reference   text NOT NULL,
    name                text NOT NULL,
    morile_score        bigint NULL
);

-- Which nominals and locations belong to an OCG's picture: members, and the people and places their records
-- mention. Need-to-know for LROs is decided from this table.
CREATE TABLE opportunity_subjects (
    ocg_reference       text NOT NULL,
    subject_kind        text NOT NULL,
    subject_hub_id      text NOT NULL,
    is_member           bigint NOT NULL,
    PRIMARY KEY (ocg_reference, subject_kind, subject_hub_id)
);
CREATE INDEX ix_opportunity_subjects_subject ON opportunity_subjects (subject_kind, subject_hub_id);

-- The mentions as this projection last saw them: comparing with record_subjects finds every subject whose
-- records, versions or cluster changed, whatever caused it (a push, a retraction, a judgement, a merge).
CREATE TABLE opportunity_mentions (
    mention_id          text COLLATE "C" NOT NULL PRIMARY KEY,
    subject_kind        text COLLATE "C" NOT NULL,
    subject_hub_id      text COLLATE "C" NULL,
    record_sequence     bigint NOT NULL
);

INSERT INTO projection_checkpoints (projection, sequence) VALUES ('opportunities', 0);
INSERT INTO sequence_counters (name, value) VALUES ('opportunity', 0);
