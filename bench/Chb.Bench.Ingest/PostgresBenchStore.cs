using System.Diagnostics;
using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace Chb.Bench.Ingest;

/// <summary>
/// A hub on a fresh PostgreSQL database made on the server the bench is given (dropped afterwards); the limits are
/// measured in a table of the hub's source_records shape in that same database: binary COPY (the PostgreSQL
/// limit) and Dapper's batched inserts, 1,000 rows a transaction.
/// </summary>
internal sealed class PostgresBenchStore : IBenchStore
{
    private const string RawTable = """
        CREATE TABLE raw_source_records (
            sequence bigint NOT NULL PRIMARY KEY, agency text NOT NULL, partner_reference text NOT NULL,
            idempotency_key text NOT NULL, payload_hash text NOT NULL, kind text NOT NULL, adapter_id text NULL,
            push_id text NULL, body text NOT NULL, retracted smallint NOT NULL DEFAULT 0, received_at timestamptz NOT NULL,
            UNIQUE (agency, idempotency_key));
        CREATE INDEX ix_raw_source_records_reference ON raw_source_records (agency, partner_reference, sequence);
        """;

    private readonly string _server;
    private readonly string _database;
    private readonly string _connectionString;

    public PostgresBenchStore(string server, int rows)
    {
        _server = server;
        _database = $"chb_bench_{rows}_{Guid.NewGuid():N}"[..40];
        using (var admin = new NpgsqlConnection(server))
        {
            admin.Open();
            admin.Execute($"CREATE DATABASE {_database}");
        }

        _connectionString = new NpgsqlConnectionStringBuilder(server) { Database = _database }.ConnectionString;
    }

    public string Engine => "PostgreSQL";

    public IReadOnlyList<string> HubSettings => ["--Hub:Storage:Provider=PostgreSql", $"--Hub:Storage:ConnectionString={_connectionString}"];

    public async Task<(long Last, long Links, long Opportunities)> ProgressAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        var (last, links, opportunities) = await connection.QuerySingleAsync<(long, long, long)>(StoreQueries.Progress);
        return (last, links, opportunities);
    }

    public async Task<int> AverageBodyBytesAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        return await connection.ExecuteScalarAsync<int>(StoreQueries.AverageBodyBytes);
    }

    public IReadOnlyList<(string Label, double RowsPerSecond)> RawLimits(int rows, int bodyBytes)
    {
        using var connection = new NpgsqlConnection(_connectionString);
        connection.Open();
        var body = new string('x', bodyBytes);
        var receivedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        return [("COPY", Measure(connection, rows, (tx, batch) => Copy(connection, batch))),
                ("Dapper", Measure(connection, rows, (tx, batch) => connection.Execute(RawInsertLimit.Insert.Replace("source_records", "raw_source_records", StringComparison.Ordinal), batch, tx)))];

        double Measure(NpgsqlConnection c, int count, Action<NpgsqlTransaction, IEnumerable<RawInsertLimit.Row>> insert)
        {
            c.Execute("DROP TABLE IF EXISTS raw_source_records;" + RawTable);
            var watch = Stopwatch.StartNew();
            for (var start = 0; start < count; start += 1000)
            {
                using var tx = c.BeginTransaction();
                insert(tx, RawInsertLimit.Batch(start, Math.Min(1000, count - start), body, receivedAt));
                tx.Commit();
            }

            return count / watch.Elapsed.TotalSeconds;
        }
    }

    public void Keep(string folder) => Console.WriteLine($"(--keep: a PostgreSQL store is not copied; database {_database} is dropped)");

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(_server);
        await admin.OpenAsync();
        await admin.ExecuteAsync($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
    }

    private static void Copy(NpgsqlConnection connection, IEnumerable<RawInsertLimit.Row> batch)
    {
        using var writer = connection.BeginBinaryImport(
            "COPY raw_source_records (sequence, agency, partner_reference, idempotency_key, payload_hash, kind, adapter_id, push_id, body, received_at) FROM STDIN (FORMAT BINARY)");
        foreach (var row in batch)
        {
            writer.StartRow();
            writer.Write(row.Sequence, NpgsqlDbType.Bigint);
            writer.Write(row.Agency, NpgsqlDbType.Text);
            writer.Write(row.PartnerReference, NpgsqlDbType.Text);
            writer.Write(row.IdempotencyKey, NpgsqlDbType.Text);
            writer.Write(row.PayloadHash, NpgsqlDbType.Text);
            writer.Write(row.Kind, NpgsqlDbType.Text);
            writer.Write(row.AdapterId, NpgsqlDbType.Text);
            writer.Write(row.PushId, NpgsqlDbType.Text);
            writer.Write(row.Body, NpgsqlDbType.Text);
            writer.Write(row.ReceivedAt, NpgsqlDbType.TimestampTz);
        }

        writer.Complete();
    }
}
