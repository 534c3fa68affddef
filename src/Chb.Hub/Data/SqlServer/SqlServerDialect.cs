namespace Chb.Hub.Data.SqlServer;

/// <summary>
/// SQL Server's SQL. The sequence row lock is an update lock held to the end of the transaction; Dapper expands key
/// lists into one parameter each, and <see cref="FindKeys"/> is called with at most 500 keys (the limit is 2,100).
/// </summary>
internal sealed class SqlServerDialect : ISqlDialect
{
    public string LockChangeSequence => "SELECT value FROM sequence_counters WITH (UPDLOCK, HOLDLOCK, ROWLOCK) WHERE name = N'change'";

    public string ReserveSequences => "UPDATE sequence_counters SET value = value + @Count OUTPUT inserted.value WHERE name = N'change'";

    public string ReserveAudit => "UPDATE sequence_counters SET value = value + @Count OUTPUT inserted.value WHERE name = N'audit'";

    public string AuditPage => $"SELECT TOP (@Limit) {AuditSql.Columns} FROM audit_log WHERE position > @After AND (@Actor IS NULL OR actor = @Actor) ORDER BY position";

    public string FindKeys => """
        SELECT idempotency_key AS IdempotencyKey, payload_hash AS PayloadHash, sequence AS Sequence
        FROM source_records WHERE agency = @Agency AND idempotency_key IN @Keys
        """;

    // HOLDLOCK: without it two instances starting together can both take the NOT MATCHED branch.
    public string UpsertAgency => """
        MERGE agencies WITH (HOLDLOCK) AS target
        USING (SELECT @Code AS code, @Name AS name, @Kind AS kind) AS source ON target.code = source.code
        WHEN MATCHED THEN UPDATE SET name = source.name, kind = source.kind
        WHEN NOT MATCHED THEN INSERT (code, name, kind) VALUES (source.code, source.name, source.kind);
        """;

    public string QuarantinePage => $"""
        SELECT TOP (@Limit) {QuarantineSql.Columns} FROM quarantine
        WHERE (@Agency IS NULL OR agency = @Agency) AND id > @After ORDER BY id
        """;
}
