using Chb.Hub.Data;
using Chb.Hub.Opportunities;
using Dapper;

namespace Chb.Hub.Lro;

/// <summary>An intervention as stored.</summary>
internal sealed record StoredIntervention(
    long Sequence, string InterventionId, string RequestId, string OpportunityId, string TacticId, string SubjectKind, string SubjectHubId,
    string Actor, string Agency, long TakenAtTicks, string Grade, string Summary, string NewStatus);

/// <summary>An opportunity change as watchers see it.</summary>
internal sealed record OpportunityEvent(long EventSequence, string OpportunityId, string Kind, string SubjectKind, string SubjectHubId);

/// <summary>Read-only queries over the opportunity tables, on their own connection.</summary>
internal sealed class OpportunityReads(IHubDatabase database)
{
    private const string ForSubjects = $"SELECT {OpportunityStore.Columns} FROM opportunities WHERE subject_hub_id IN @HubIds";
    private const string ById = $"SELECT {OpportunityStore.Columns} FROM opportunities WHERE opportunity_id = @OpportunityId";

    private const string InterventionColumns = """
        sequence AS Sequence, intervention_id AS InterventionId, request_id AS RequestId, opportunity_id AS OpportunityId, tactic_id AS TacticId,
        subject_kind AS SubjectKind, subject_hub_id AS SubjectHubId, actor AS Actor, agency AS Agency, taken_at_ticks AS TakenAtTicks,
        grade AS Grade, summary AS Summary, new_status AS NewStatus
        """;

    private const string Interventions = $"SELECT {InterventionColumns} FROM interventions WHERE opportunity_id IN @Ids ORDER BY sequence";
    private const string Events = """
        SELECT event_sequence AS EventSequence, opportunity_id AS OpportunityId, kind AS Kind, subject_kind AS SubjectKind, subject_hub_id AS SubjectHubId
        FROM opportunity_events WHERE event_sequence > @After AND event_sequence <= @Last ORDER BY event_sequence
        """;

    private const string LastEvent = "SELECT value FROM sequence_counters WHERE name = 'opportunity'";
    private const string Checkpoint = "SELECT sequence FROM projection_checkpoints WHERE projection = 'opportunities'";

    public const string InterventionByRequest = $"SELECT {InterventionColumns} FROM interventions WHERE agency = @Agency AND request_id = @RequestId";

    public async Task<IReadOnlyList<StoredOpportunity>> ForSubjectsAsync(IEnumerable<string> hubIds, CancellationToken cancellationToken)
    {
        var result = new List<StoredOpportunity>();
        await using var connection = await database.OpenAsync(cancellationToken);
        foreach (var chunk in hubIds.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            result.AddRange(await connection.QueryAsync<StoredOpportunity>(
                new CommandDefinition(database.Sql.InLists(ForSubjects), new { HubIds = SqlList.Of(chunk) }, cancellationToken: cancellationToken)));
        }

        return result;
    }

    public async Task<StoredOpportunity?> ByIdAsync(string opportunityId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<StoredOpportunity>(
            new CommandDefinition(ById, new { OpportunityId = opportunityId }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<StoredIntervention>> InterventionsAsync(IEnumerable<string> opportunityIds, CancellationToken cancellationToken)
    {
        var result = new List<StoredIntervention>();
        await using var connection = await database.OpenAsync(cancellationToken);
        foreach (var chunk in opportunityIds.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            result.AddRange(await connection.QueryAsync<StoredIntervention>(
                new CommandDefinition(database.Sql.InLists(Interventions), new { Ids = SqlList.Of(chunk) }, cancellationToken: cancellationToken)));
        }

        return [.. result.OrderBy(i => i.Sequence)];
    }

    public async Task<IReadOnlyList<OpportunityEvent>> EventsAfterAsync(long after, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // Event sequences are gap-free (taken from a counter inside the writing transaction), so a range is a page.
        var rows = await connection.QueryAsync<OpportunityEvent>(
            new CommandDefinition(Events, new { After = after, Last = after + limit }, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    public async Task<long> LastEventAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(LastEvent, cancellationToken: cancellationToken));
    }

    public async Task<long> CheckpointAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(Checkpoint, cancellationToken: cancellationToken));
    }
}
