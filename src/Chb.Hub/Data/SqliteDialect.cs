namespace Chb.Hub.Data;

/// <summary>SQLite's SQL. Writers already hold the file's write lock (BEGIN IMMEDIATE), so the lock is a plain read.</summary>
internal sealed partial class SqliteDialect : ISqlDialect
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Rewritten = new(StringComparer.Ordinal);

    public string LockChangeSequence => "SELECT value FROM sequence_counters WHERE name = 'change'";

    public string ReserveSequences => "UPDATE sequence_counters SET value = value + @Count WHERE name = 'change' RETURNING value";

    public string FindKeys => """
        SELECT idempotency_key AS IdempotencyKey, payload_hash AS PayloadHash, sequence AS Sequence
        FROM source_records WHERE agency = @Agency AND idempotency_key IN @Keys
        """;

    public string UpsertAgency => """
        INSERT INTO agencies (code, name, kind) VALUES (@Code, @Name, @Kind)
        ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind
        """;

    /// <summary><c>column IN @List</c> reads the list from one JSON array parameter (<see cref="SqlList"/>).</summary>
    public string InLists(string sql) => Rewritten.GetOrAdd(sql, static s => InList().Replace(s, "$1 IN (SELECT value FROM json_each($2))"));

    public string QuarantinePage => $"{QuarantineSql.SelectColumns} WHERE (@Agency IS NULL OR agency = @Agency) AND id > @After ORDER BY id LIMIT @Limit";

    [System.Text.RegularExpressions.GeneratedRegex(@"(\w+) IN (@\w+)")]
    private static partial System.Text.RegularExpressions.Regex InList();
}
