-- GAIN coordination (issue 6): CHB sites, the holdings GAIN coordinators were told of, and disclosure requests.
-- NOT projections: what administrators and coordinators wrote, kept across rebuilds. Times are UTC ticks.

-- A CHB site: a place with a baseline date and a lead.
CREATE TABLE sites (
    site_id             TEXT NOT NULL PRIMARY KEY,
    name                TEXT NOT NULL,
    lead                TEXT NOT NULL,
    baseline_ticks      INTEGER NOT NULL,
    updated_by          TEXT NOT NULL,
    updated_at_ticks    INTEGER NOT NULL
);

-- A site's area: postcode districts ('district', such as BD3), sectors ('sector', such as BD3 8) and listed UPRNs ('uprn').
CREATE TABLE site_areas (
    site_id             TEXT NOT NULL,
    area_kind           TEXT NOT NULL,
    area                TEXT NOT NULL,
    PRIMARY KEY (site_id, area_kind, area)
);
CREATE INDEX ix_site_areas_area ON site_areas (area_kind, area);

-- A site's phase history: each phase runs from its date until the next begins; phases may repeat.
CREATE TABLE site_phases (
    site_id             TEXT NOT NULL,
    from_ticks          INTEGER NOT NULL,
    phase               TEXT NOT NULL,
    PRIMARY KEY (site_id, from_ticks)
);

-- The holdings GetHoldings named: the hub's opaque reference and what it stands for (a subject, an agency and a
-- kind of record). Never a partner reference.
CREATE TABLE gain_holdings (
    holding_reference   TEXT NOT NULL PRIMARY KEY,
    subject_kind        TEXT NOT NULL,
    subject_id          TEXT NOT NULL,
    agency              TEXT NOT NULL,
    category            TEXT NOT NULL
);

-- Requests to release named fields of a holding, and the owning agency's decision. release_record_ids holds the
-- hub record ids the holding covered when it was approved: an approval releases those records, no later ones.
CREATE TABLE disclosure_requests (
    request_id          TEXT NOT NULL PRIMARY KEY,
    holding_reference   TEXT NOT NULL,
    agency              TEXT NOT NULL,
    requester           TEXT NOT NULL,
    requester_agency    TEXT NOT NULL,
    legal_gateway       TEXT NOT NULL,
    purpose             TEXT NOT NULL,
    requested_fields    TEXT NOT NULL,
    status              TEXT NOT NULL,
    requested_at_ticks  INTEGER NOT NULL,
    decided_by          TEXT NULL,
    decided_at_ticks    INTEGER NULL,
    decision_reason     TEXT NULL,
    release_record_ids  TEXT NULL
);
CREATE INDEX ix_disclosure_requests_agency ON disclosure_requests (agency, status);

-- Writers of the tables above take this row first, which serialises them across hub instances.
INSERT INTO sequence_counters (name, value) VALUES ('gain', 0);
