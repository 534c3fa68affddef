-- The append-only, hash-chained audit log (DPA 2018 s.62): every collection, alteration, consultation
-- and disclosure. Positions are gap-free; each entry's hash covers the previous entry's hash.
CREATE TABLE audit_log (
    position        INTEGER NOT NULL PRIMARY KEY,
    at_ticks        INTEGER NOT NULL,
    actor           TEXT NOT NULL,
    actor_role      TEXT NOT NULL,
    actor_agency    TEXT NOT NULL,
    action          TEXT NOT NULL,
    purpose         TEXT NULL,
    subjects        TEXT NOT NULL,
    disclosed       TEXT NOT NULL,
    withheld        TEXT NOT NULL,
    previous_hash   TEXT NOT NULL,
    entry_hash      TEXT NOT NULL
);
CREATE INDEX ix_audit_log_actor ON audit_log (actor, position);

-- Writers take the next position from this row inside their transaction, which also serialises them.
INSERT INTO sequence_counters (name, value) VALUES ('audit', 0);
