using Dapper;

namespace Chb.Hub.Data;

/// <summary>Counts and positions that describe the store as a whole.</summary>
internal sealed record StoreCounts(long LastSequence, long SourceRecords, long Quarantined);

internal sealed class StoreStatusQueries(IHubDatabase database)
{
    private const string Counts = """
        SELECT (SELECT value FROM sequence_counters WHERE name = 'change') AS LastSequence,
               (SELECT COUNT(*) FROM source_records) AS SourceRecords,
               (SELECT COUNT(*) FROM quarantine) AS Quarantined
        """;

    private const string LastSequenceSql = "SELECT value FROM sequence_counters WHERE name = 'change'";

    public async Task<StoreCounts> GetCountsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleAsync<StoreCounts>(new CommandDefinition(Counts, cancellationToken: cancellationToken));
    }

    public async Task<long> GetLastSequenceAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(LastSequenceSql, cancellationToken: cancellationToken));
    }
}
