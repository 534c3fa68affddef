using Microsoft.Data.Sqlite;

namespace Chb.Bench.Ingest;

/// <summary>A hub on a SQLite file in the bench's work folder; the limit is measured in a fresh file beside it.</summary>
internal sealed class SqliteBenchStore(string folder, int rows) : IBenchStore
{
    private readonly string _path = Path.Combine(folder, $"hub-{rows}.db");

    public string Engine => "SQLite";

    public IReadOnlyList<string> HubSettings => [$"--Hub:Storage:SqlitePath={_path}"];

    public async Task<(long Last, long Links, long Opportunities)> ProgressAsync()
    {
        // Read-only beside the hub: WAL lets the bench read while it writes.
        await using var connection = new SqliteConnection($"Data Source={_path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = StoreQueries.Progress;
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    public async Task<int> AverageBodyBytesAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = StoreQueries.AverageBodyBytes;
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public IReadOnlyList<(string Label, double RowsPerSecond)> RawLimits(int rows, int bodyBytes) =>
    [
        ("Dapper", RawInsertLimit.Measure(Path.Combine(folder, $"raw-{rows}.db"), rows, bodyBytes, prepared: false)),
        ("prepared", RawInsertLimit.Measure(Path.Combine(folder, $"raw-prepared-{rows}.db"), rows, bodyBytes, prepared: true)),
    ];

    public void Keep(string keep)
    {
        // The loaded store, for replaying the projections over it (sqlite3, or a hub started on a copy).
        Directory.CreateDirectory(keep);
        foreach (var suffix in new[] { string.Empty, "-wal" }.Where(s => File.Exists(_path + s)))
        {
            File.Copy(_path + suffix, Path.Combine(keep, Path.GetFileName(_path) + suffix), overwrite: true);
        }
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }
}

/// <summary>The two reads both engines answer with the same SQL.</summary>
internal static class StoreQueries
{
    public const string Progress = """
        SELECT (SELECT value FROM sequence_counters WHERE name = 'change'),
               COALESCE((SELECT sequence FROM projection_checkpoints WHERE projection = 'links'), 0),
               COALESCE((SELECT sequence FROM projection_checkpoints WHERE projection = 'opportunities'), 0)
        """;

    public const string AverageBodyBytes = "SELECT CAST(AVG(LENGTH(body)) AS INTEGER) FROM source_records";
}
