using Chb.Hub.Data;
using Dapper;

namespace Chb.Hub.Opportunities;

/// <summary>
/// The projection's copy of which mention belongs to which subject in which record version. Comparing it with
/// the linking projection finds exactly the subjects to recompute (old and new owners of every mention that
/// moved, appeared, disappeared or changed version), then brings the copy up to date.
/// </summary>
internal static class MentionSnapshot
{
    private const string Moved = """
        SELECT r.mention_id AS MentionId, r.subject_kind AS Kind, r.subject_hub_id AS NewHub, c.subject_hub_id AS OldHub, r.record_sequence AS RecordSequence
        FROM record_subjects r LEFT JOIN opportunity_mentions c ON c.mention_id = r.mention_id
        WHERE c.mention_id IS NULL OR c.record_sequence <> r.record_sequence
           OR (c.subject_hub_id IS NULL AND r.subject_hub_id IS NOT NULL) OR (c.subject_hub_id IS NOT NULL AND r.subject_hub_id IS NULL)
           OR c.subject_hub_id <> r.subject_hub_id
        """;

    private const string Gone = """
        SELECT c.mention_id AS MentionId, c.subject_kind AS Kind, c.subject_hub_id AS OldHub
        FROM opportunity_mentions c WHERE NOT EXISTS (SELECT 1 FROM record_subjects r WHERE r.mention_id = c.mention_id)
        """;

    private const string Delete = "DELETE FROM opportunity_mentions WHERE mention_id = @MentionId";

    private const string Insert = """
        INSERT INTO opportunity_mentions (mention_id, subject_kind, subject_hub_id, record_sequence)
        VALUES (@MentionId, @Kind, @NewHub, @RecordSequence)
        """;

    /// <summary>Answers the subjects touched since the last call and records the current state.</summary>
    public static async Task<HashSet<(string Kind, string HubId)>> SyncAsync(WriteScope scope, CancellationToken cancellationToken)
    {
        var moved = (await scope.Connection.QueryAsync<Row>(new CommandDefinition(Moved, transaction: scope.Transaction, cancellationToken: cancellationToken))).AsList();
        var gone = (await scope.Connection.QueryAsync<(string MentionId, string Kind, string? OldHub)>(
            new CommandDefinition(Gone, transaction: scope.Transaction, cancellationToken: cancellationToken))).AsList();
        var touched = new HashSet<(string Kind, string HubId)>();
        foreach (var (kind, hub) in moved.SelectMany(r => new[] { (r.Kind, r.OldHub), (r.Kind, r.NewHub) }).Concat(gone.Select(g => (g.Kind, g.OldHub))))
        {
            if (hub is not null)
            {
                touched.Add((kind, hub));
            }
        }

        await scope.Connection.ExecuteAsync(new CommandDefinition(
            Delete, moved.Select(r => new { r.MentionId }).Concat(gone.Select(g => new { g.MentionId })), scope.Transaction, cancellationToken: cancellationToken));
        await scope.Connection.ExecuteAsync(new CommandDefinition(Insert, moved, scope.Transaction, cancellationToken: cancellationToken));
        return touched;
    }

    private sealed record Row(string MentionId, string Kind, string? NewHub, string? OldHub, long RecordSequence);
}
