-- PostgreSQL form of Sqlite/0004_audit_log.sql: TEXT is text, INTEGER bigint.
-- The append-only, hash-chained audit log (DPA 2018 s.62): every collection, alteration, consultation
-- and disclosure. Positions are gap-free; each entry's hash covers the previous entry's hash.
CREATE TABLE audit_log (
    position        bigint NOT NULL PRIMARY KEY,
    at_ticks        bigint NOT NULL,
    actor           text NOT NULL,
    actor_role      text NOT NULL,
    actor_agency    text NOT NULL,
    action          text NOT NULL,
    purpose         text NULL,
    subjects        text NOT NULL,
    disclosed       text NOT NULL,
    withheld        text NOT NULL,
    previous_hash   text NOT NULL,
    entry_hash      text NOT NULL
);
CREATE INDEX ix_audit_log_actor ON audit_log (actor, position);

-- Writers take the next position from this row inside their transaction, which also serialises them.
INSERT INTO sequence_counters (name, value) VALUES ('audit', 0);
