-- PostgreSQL form of Sqlite/0006_gain.sql: text is text (ids ordered ordinally use COLLATE "C"), bigint bigint.
-- A CHB site: a place with a baseline date and a lead.
CREATE TABLE sites (
    site_id             text COLLATE "C" NOT NULL PRIMARY KEY,
    name                text NOT NULL,
    lead                text NOT NULL,
    baseline_ticks      bigint NOT NULL,
    updated_by          text NOT NULL,
    updated_at_ticks    bigint NOT NULL
);

-- A site's area: postcode districts ('district'), sectors ('sector') and listed UPRNs ('uprn').
CREATE TABLE site_areas (
    site_id             text COLLATE "C" NOT NULL,
    area_kind           text COLLATE "C" NOT NULL,
    area                text COLLATE "C" NOT NULL,
    PRIMARY KEY (site_id, area_kind, area)
);
CREATE INDEX ix_site_areas_area ON site_areas (area_kind, area);

-- A site's phase history: each phase runs from its date until the next begins; phases may repeat.
CREATE TABLE site_phases (
    site_id             text COLLATE "C" NOT NULL,
    from_ticks          bigint NOT NULL,
    phase               text NOT NULL,
    PRIMARY KEY (site_id, from_ticks)
);

-- The holdings GetHoldings named: the hub's opaque reference and what it stands for. Never a partner reference.
CREATE TABLE gain_holdings (
    holding_reference   text COLLATE "C" NOT NULL PRIMARY KEY,
    subject_kind        text NOT NULL,
    subject_id          text NOT NULL,
    agency              text NOT NULL,
    category            text NOT NULL
);

-- Requests to release named fields of a holding, and the owning agency's decision.
CREATE TABLE disclosure_requests (
    request_id          text COLLATE "C" NOT NULL PRIMARY KEY,
    holding_reference   text NOT NULL,
    agency              text COLLATE "C" NOT NULL,
    requester           text NOT NULL,
    requester_agency    text NOT NULL,
    legal_gateway       text NOT NULL,
    purpose             text NOT NULL,
    requested_fields    text NOT NULL,
    status              text COLLATE "C" NOT NULL,
    requested_at_ticks  bigint NOT NULL,
    decided_by          text NULL,
    decided_at_ticks    bigint NULL,
    decision_reason     text NULL,
    release_record_ids  text NULL
);
CREATE INDEX ix_disclosure_requests_agency ON disclosure_requests (agency, status);

-- Writers of the tables above take this row first, which serialises them across hub instances.
INSERT INTO sequence_counters (name, value) VALUES ('gain', 0);
