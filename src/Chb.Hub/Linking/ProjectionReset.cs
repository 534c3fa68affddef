using Chb.Hub.Data;
using Dapper;

namespace Chb.Hub.Linking;

/// <summary>
/// Drops the linking projection and sends its checkpoint back to zero in one transaction; the projector then
/// rebuilds it from the source records. Judgements are kept and re-applied as the rebuild passes them.
/// </summary>
internal sealed class ProjectionReset(StoreExecutor store, ChangeFeed feed)
{
    private static readonly string[] Clear =
    [
        "DELETE FROM link_pairs",
        "DELETE FROM link_keys",
        "DELETE FROM record_subjects",
        "DELETE FROM nominals",
        "DELETE FROM locations",
        "DELETE FROM link_touched",
    ];

    /// <summary>Resets the projection; answers the change sequence a rebuild must reach.</summary>
    public Task<long> ResetAsync(CancellationToken cancellationToken)
        => store.WriteAsync(static (scope, s, ct) => s.ResetAsync(scope, ct), this, cancellationToken);

    private async Task<long> ResetAsync(WriteScope scope, CancellationToken cancellationToken)
    {
        await ChangeFeed.ClaimAsync(scope, cancellationToken);
        var target = await feed.LastSequenceAsync(scope, cancellationToken);
        foreach (var sql in Clear)
        {
            await scope.Connection.ExecuteAsync(new CommandDefinition(sql, transaction: scope.Transaction, cancellationToken: cancellationToken));
        }

        await ChangeFeed.SaveAsync(scope, 0, cancellationToken);
        return target;
    }
}
