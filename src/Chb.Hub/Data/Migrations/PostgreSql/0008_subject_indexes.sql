-- Lookups by hub id alone (a cluster's mentions, a set of subjects' opportunities) get their own indexes, so
-- they never scan whatever the planner knows about the data.
CREATE INDEX ix_record_subjects_hub ON record_subjects (subject_hub_id);
CREATE INDEX ix_opportunities_hub ON opportunities (subject_hub_id);
CREATE INDEX ix_opportunity_events_opportunity ON opportunity_events (opportunity_id);
