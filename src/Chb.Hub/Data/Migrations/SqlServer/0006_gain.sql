-- SQL Server form of Sqlite/0006_gain.sql: TEXT is nvarchar (binary collation on ids and keys, bounded where
-- indexed), bigint bigint.
-- A CHB site: a place with a baseline date and a lead.
CREATE TABLE sites (
    site_id             nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL PRIMARY KEY,
    name                nvarchar(400) NOT NULL,
    lead                nvarchar(400) NOT NULL,
    baseline_ticks      bigint NOT NULL,
    updated_by          nvarchar(200) NOT NULL,
    updated_at_ticks    bigint NOT NULL
);

-- A site's area: postcode districts ('district'), sectors ('sector') and listed UPRNs ('uprn').
CREATE TABLE site_areas (
    site_id             nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL,
    area_kind           nvarchar(16) COLLATE Latin1_General_100_BIN2 NOT NULL,
    area                nvarchar(16) COLLATE Latin1_General_100_BIN2 NOT NULL,
    PRIMARY KEY (site_id, area_kind, area)
);
CREATE INDEX ix_site_areas_area ON site_areas (area_kind, area);

-- A site's phase history: each phase runs from its date until the next begins; phases may repeat.
CREATE TABLE site_phases (
    site_id             nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL,
    from_ticks          bigint NOT NULL,
    phase               nvarchar(16) COLLATE Latin1_General_100_BIN2 NOT NULL,
    PRIMARY KEY (site_id, from_ticks)
);

-- The holdings GetHoldings named: the hub's opaque reference and what it stands for. Never a partner reference.
CREATE TABLE gain_holdings (
    holding_reference   nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL PRIMARY KEY,
    subject_kind        nvarchar(16) COLLATE Latin1_General_100_BIN2 NOT NULL,
    subject_id          nvarchar(200) COLLATE Latin1_General_100_BIN2 NOT NULL,
    agency              nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL,
    category            nvarchar(100) COLLATE Latin1_General_100_BIN2 NOT NULL
);

-- Requests to release named fields of a holding, and the owning agency's decision.
CREATE TABLE disclosure_requests (
    request_id          nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL PRIMARY KEY,
    holding_reference   nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL,
    agency              nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL,
    requester           nvarchar(200) COLLATE Latin1_General_100_BIN2 NOT NULL,
    requester_agency    nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL,
    legal_gateway       nvarchar(400) NOT NULL,
    purpose             nvarchar(max) NOT NULL,
    requested_fields    nvarchar(max) NOT NULL,
    status              nvarchar(16) COLLATE Latin1_General_100_BIN2 NOT NULL,
    requested_at_ticks  bigint NOT NULL,
    decided_by          nvarchar(200) COLLATE Latin1_General_100_BIN2 NULL,
    decided_at_ticks    bigint NULL,
    decision_reason     nvarchar(max) NULL,
    release_record_ids  nvarchar(max) NULL
);
CREATE INDEX ix_disclosure_requests_agency ON disclosure_requests (agency, status);

-- Writers of the tables above take this row first, which serialises them across hub instances.
INSERT INTO sequence_counters (name, value) VALUES ('gain', 0);
