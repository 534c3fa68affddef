using Dapper;

namespace Chb.Hub.Data;

/// <summary>What the store holds under an idempotency key: the content hash and the sequence that stored it.</summary>
internal readonly record struct StoredKey(string PayloadHash, long Sequence);

/// <summary>The portable key lookup: the dialect's <see cref="ISqlDialect.FindKeys"/> with the keys as a list parameter, in chunks.</summary>
internal static class StoredKeys
{
    /// <summary>At most this many keys a query: SQL Server takes 2,100 parameters and Dapper expands the list into one each.</summary>
    public const int KeysPerQuery = 500;

    public static async Task<Dictionary<string, StoredKey>> FindAsync(
        WriteScope scope, string agency, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var known = new Dictionary<string, StoredKey>(StringComparer.Ordinal);
        foreach (var chunk in keys.Chunk(KeysPerQuery))
        {
            var rows = await scope.Connection.QueryAsync<(string IdempotencyKey, string PayloadHash, long Sequence)>(
                new CommandDefinition(scope.Sql.FindKeys, new { Agency = agency, Keys = chunk }, scope.Transaction, cancellationToken: cancellationToken));
            foreach (var row in rows)
            {
                known[row.IdempotencyKey] = new StoredKey(row.PayloadHash, row.Sequence);
            }
        }

        return known;
    }
}
