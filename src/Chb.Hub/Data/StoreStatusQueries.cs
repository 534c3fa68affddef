using Dapper;

namespace Chb.Hub.Data;

/// <summary>Counts and positions that describe the store as a whole.</summary>
internal sealed record StoreCounts(long LastSequence, long SourceRecords, long Quarantined);

internal sealed class StoreStatusQueries(StoreExecutor store)
{
    // CAST: SQL Server's COUNT is an int, and Dapper binds the record's constructor by exact column type.
    private const string Counts = """
        SELECT (SELECT value FROM sequence_counters WHERE name = 'change') AS LastSequence,
               (SELECT CAST(COUNT(*) AS BIGINT) FROM source_records) AS SourceRecords,
               (SELECT CAST(COUNT(*) AS BIGINT) FROM quarantine) AS Quarantined
        """;

    private const string LastSequenceSql = "SELECT value FROM sequence_counters WHERE name = 'change'";

    public Task<StoreCounts> GetCountsAsync(CancellationToken cancellationToken)
        => store.ReadAsync(
            static (connection, _, ct) => connection.QuerySingleAsync<StoreCounts>(new CommandDefinition(Counts, cancellationToken: ct)),
            0,
            cancellationToken);

    public Task<long> GetLastSequenceAsync(CancellationToken cancellationToken)
        => store.ReadAsync(
            static (connection, _, ct) => connection.ExecuteScalarAsync<long>(new CommandDefinition(LastSequenceSql, cancellationToken: ct)),
            0,
            cancellationToken);
}
