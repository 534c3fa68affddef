-- SQL Server form of Sqlite/0004_audit_log.sql: TEXT is nvarchar (binary collation, bounded where indexed),
-- INTEGER bigint.
-- The append-only, hash-chained audit log (DPA 2018 s.62): every collection, alteration, consultation
-- and disclosure. Positions are gap-free; each entry's hash covers the previous entry's hash.
CREATE TABLE audit_log (
    position        bigint NOT NULL PRIMARY KEY,
    at_ticks        bigint NOT NULL,
    actor           nvarchar(400) COLLATE Latin1_General_100_BIN2 NOT NULL,
    actor_role      nvarchar(max) NOT NULL,
    actor_agency    nvarchar(max) NOT NULL,
    action          nvarchar(max) NOT NULL,
    purpose         nvarchar(max) NULL,
    subjects        nvarchar(max) NOT NULL,
    disclosed       nvarchar(max) NOT NULL,
    withheld        nvarchar(max) NOT NULL,
    previous_hash   nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL,
    entry_hash      nvarchar(max) COLLATE Latin1_General_100_BIN2 NOT NULL
);
CREATE INDEX ix_audit_log_actor ON audit_log (actor, position);

-- Writers take the next position from this row inside their transaction, which also serialises them.
INSERT INTO sequence_counters (name, value) VALUES (N'audit', 0);
