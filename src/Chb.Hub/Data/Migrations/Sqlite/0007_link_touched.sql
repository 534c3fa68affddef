-- Which nominals and locations each linking batch created, changed or removed, by the batch's checkpoint. The
-- opportunity projection reads this to know exactly whom to recompute, instead of comparing every mention.
-- Part of the linking projection: cleared by a rebuild, and pruned once the opportunities have passed it.
CREATE TABLE link_touched (
    sequence        INTEGER NOT NULL,
    subject_kind    TEXT NOT NULL,
    hub_id          TEXT NOT NULL
);
CREATE INDEX ix_link_touched_sequence ON link_touched (sequence);

-- Replaced by link_touched.
DROP TABLE opportunity_mentions;
