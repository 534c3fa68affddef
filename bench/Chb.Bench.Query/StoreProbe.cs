using Dapper;
using Microsoft.Data.Sqlite;

namespace Chb.Bench.Query;

/// <summary>
/// Reads the hub's SQLite file read-only beside the running hub (WAL allows it) for what the API does not show:
/// how far each projection has got, and the size of what was built. Never writes.
/// </summary>
internal sealed class StoreProbe(string path)
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();

    public async Task<(long Links, long Opportunities)> CheckpointsAsync()
    {
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        var rows = (await connection.QueryAsync<(string Projection, long Sequence)>("SELECT projection, sequence FROM projection_checkpoints")).ToDictionary(r => r.Projection, r => r.Sequence);
        return (rows.GetValueOrDefault("links"), rows.GetValueOrDefault("opportunities"));
    }

    public async Task<long> LastSequenceAsync()
    {
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT MAX(sequence) FROM source_records");
    }

    public async Task<IReadOnlyList<(string Table, long Rows)>> CountsAsync()
    {
        string[] tables = ["source_records", "quarantine", "nominals", "locations", "link_pairs", "ocgs", "record_ocgs", "opportunity_subjects", "opportunities", "opportunity_events", "audit_log"];
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        var result = new List<(string, long)>();
        foreach (var table in tables)
        {
            result.Add((table, await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}")));
        }

        return result;
    }
}
