using Chb.Hub.Data;
using Dapper;

namespace Chb.Hub.Opportunities;

/// <summary>Reads and writes the opportunity tables inside a write scope; every change appends an event.</summary>
internal static class OpportunityStore
{
    public const string Columns = """
        opportunity_id AS OpportunityId, tactic_id AS TacticId, subject_kind AS SubjectKind, subject_hub_id AS SubjectHubId,
        owning_agency AS OwningAgency, priority AS Priority, status AS Status, evidence AS Evidence, rationale AS Rationale,
        content_hash AS ContentHash, event_sequence AS EventSequence
        """;

    private const string ForSubject = $"SELECT {Columns} FROM opportunities WHERE subject_kind = @Kind AND subject_hub_id = @HubId";

    private const string Insert = """
        INSERT INTO opportunities (opportunity_id, tactic_id, subject_kind, subject_hub_id, owning_agency, priority, status, evidence, rationale, content_hash, event_sequence)
        VALUES (@OpportunityId, @TacticId, @SubjectKind, @SubjectHubId, @OwningAgency, @Priority, @Status, @Evidence, @Rationale, @ContentHash, @EventSequence)
        """;

    private const string Update = """
        UPDATE opportunities SET owning_agency = @OwningAgency, priority = @Priority, status = @Status, evidence = @Evidence,
            rationale = @Rationale, content_hash = @ContentHash, event_sequence = @EventSequence
        WHERE opportunity_id = @OpportunityId
        """;

    private const string SetStatus = "UPDATE opportunities SET status = @Status, event_sequence = @EventSequence WHERE opportunity_id = @OpportunityId";

    private const string ReserveEvent = "UPDATE sequence_counters SET value = value + 1 WHERE name = 'opportunity'";
    private const string ReadEvent = "SELECT value FROM sequence_counters WHERE name = 'opportunity'";

    private const string InsertEvent = """
        INSERT INTO opportunity_events (event_sequence, opportunity_id, kind, subject_kind, subject_hub_id)
        VALUES (@EventSequence, @OpportunityId, @Kind, @SubjectKind, @SubjectHubId)
        """;

    private const string LatestStatus = """
        SELECT new_status FROM interventions WHERE opportunity_id = @OpportunityId AND new_status <> ''
        ORDER BY sequence DESC
        """;

    public static async Task<List<StoredOpportunity>> ForSubjectAsync(WriteScope scope, string kind, string hubId, CancellationToken cancellationToken)
        => (await scope.Connection.QueryAsync<StoredOpportunity>(
            new CommandDefinition(ForSubject, new { Kind = kind, HubId = hubId }, scope.Transaction, cancellationToken: cancellationToken))).AsList();

    /// <summary>The status officers last recorded for an opportunity, if any.</summary>
    public static Task<string?> RecordedStatusAsync(WriteScope scope, string opportunityId, CancellationToken cancellationToken)
        => scope.Connection.QueryFirstOrDefaultAsync<string?>(
            new CommandDefinition(LatestStatus, new { OpportunityId = opportunityId }, scope.Transaction, cancellationToken: cancellationToken));

    public static async Task InsertAsync(WriteScope scope, StoredOpportunity opportunity, CancellationToken cancellationToken)
    {
        var stored = opportunity with { EventSequence = await AppendEventAsync(scope, opportunity, OpportunityStates.EventNew, cancellationToken) };
        await scope.Connection.ExecuteAsync(new CommandDefinition(Insert, stored, scope.Transaction, cancellationToken: cancellationToken));
    }

    public static async Task UpdateAsync(WriteScope scope, StoredOpportunity opportunity, string eventKind, CancellationToken cancellationToken)
    {
        var stored = opportunity with { EventSequence = await AppendEventAsync(scope, opportunity, eventKind, cancellationToken) };
        await scope.Connection.ExecuteAsync(new CommandDefinition(Update, stored, scope.Transaction, cancellationToken: cancellationToken));
    }

    public static async Task<long> SetStatusAsync(WriteScope scope, StoredOpportunity opportunity, string status, CancellationToken cancellationToken)
    {
        var kind = OpportunityStates.IsClosed(status) ? OpportunityStates.EventClosed : OpportunityStates.EventChanged;
        var sequence = await AppendEventAsync(scope, opportunity, kind, cancellationToken);
        await scope.Connection.ExecuteAsync(new CommandDefinition(
            SetStatus, new { Status = status, EventSequence = sequence, opportunity.OpportunityId }, scope.Transaction, cancellationToken: cancellationToken));
        return sequence;
    }

    private static async Task<long> AppendEventAsync(WriteScope scope, StoredOpportunity opportunity, string kind, CancellationToken cancellationToken)
    {
        // The counter row is locked until commit, so events commit in sequence order and a watcher never skips one.
        await scope.Connection.ExecuteAsync(new CommandDefinition(ReserveEvent, transaction: scope.Transaction, cancellationToken: cancellationToken));
        var sequence = await scope.Connection.ExecuteScalarAsync<long>(new CommandDefinition(ReadEvent, transaction: scope.Transaction, cancellationToken: cancellationToken));
        await scope.Connection.ExecuteAsync(new CommandDefinition(
            InsertEvent,
            new { EventSequence = sequence, opportunity.OpportunityId, Kind = kind, opportunity.SubjectKind, opportunity.SubjectHubId },
            scope.Transaction,
            cancellationToken: cancellationToken));
        return sequence;
    }
}
