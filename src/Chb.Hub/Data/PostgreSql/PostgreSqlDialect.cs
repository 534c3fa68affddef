namespace Chb.Hub.Data.PostgreSql;

/// <summary>PostgreSQL's SQL. Npgsql takes .NET arrays as array parameters, so key lists use <c>= ANY</c>.</summary>
internal sealed partial class PostgreSqlDialect : ISqlDialect
{
    public string LockChangeSequence => "SELECT value FROM sequence_counters WHERE name = 'change' FOR UPDATE";

    public string ReserveSequences => "UPDATE sequence_counters SET value = value + @Count WHERE name = 'change' RETURNING value";

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Rewritten = new(StringComparer.Ordinal);

    public string InLists(string sql) => Rewritten.GetOrAdd(sql, static s => InList().Replace(s, "$1 = ANY($2)"));

    public string FindKeys => """
        SELECT idempotency_key AS IdempotencyKey, payload_hash AS PayloadHash, sequence AS Sequence
        FROM source_records WHERE agency = @Agency AND idempotency_key = ANY (@Keys)
        """;

    public string UpsertAgency => """
        INSERT INTO agencies (code, name, kind) VALUES (@Code, @Name, @Kind)
        ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind
        """;

    public string QuarantinePage => $"{QuarantineSql.SelectColumns} WHERE (@Agency IS NULL OR agency = @Agency) AND id > @After ORDER BY id LIMIT @Limit";

    [System.Text.RegularExpressions.GeneratedRegex(@"(\w+) IN (@\w+)")]
    private static partial System.Text.RegularExpressions.Regex InList();
}
