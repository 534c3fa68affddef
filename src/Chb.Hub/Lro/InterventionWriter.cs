using Chb.Contracts.V1;
using Chb.Hub.Audit;
using Chb.Hub.Data;
using Chb.Hub.Opportunities;
using Chb.Hub.Security;
using Dapper;

namespace Chb.Hub.Lro;

/// <summary>What recording an outcome did.</summary>
internal sealed record RecordedOutcome(StoredIntervention Intervention, bool Replayed);

/// <summary>
/// Records an intervention and its assessed disruption against an opportunity, moves the opportunity's status,
/// appends the watchers' event and the audit entry, all in one transaction with its own change sequence.
/// A retried request (same request id from the same agency) records once and answers the original.
/// </summary>
internal sealed class InterventionWriter(StoreExecutor store, AuditLog audit, TimeProvider time)
{
    private const string Insert = """
        INSERT INTO interventions (sequence, intervention_id, request_id, opportunity_id, tactic_id, subject_kind, subject_hub_id, actor, agency,
                                   taken_at_ticks, grade, summary, new_status, recorded_at_ticks)
        VALUES (@Sequence, @InterventionId, @RequestId, @OpportunityId, @TacticId, @SubjectKind, @SubjectHubId, @Actor, @Agency,
                @TakenAtTicks, @Grade, @Summary, @NewStatus, @RecordedAtTicks)
        """;

    private const string Current = $"SELECT {OpportunityStore.Columns} FROM opportunities WHERE opportunity_id = @OpportunityId";

    public Task<RecordedOutcome?> RecordAsync(
        HubCaller caller, string purpose, StoredOpportunity opportunity, RecordOutcomeRequest request, CancellationToken cancellationToken)
        => store.WriteAsync(
            static (scope, s, ct) => s.Self.RecordAsync(scope, s.caller, s.purpose, s.opportunity, s.request, ct),
            (Self: this, caller, purpose, opportunity, request),
            cancellationToken);

    private async Task<RecordedOutcome?> RecordAsync(
        WriteScope scope, HubCaller caller, string purpose, StoredOpportunity opportunity, RecordOutcomeRequest request, CancellationToken cancellationToken)
    {
        var sql = store.Database.Sql;
        await scope.Connection.ExecuteAsync(new CommandDefinition(sql.LockChangeSequence, transaction: scope.Transaction, cancellationToken: cancellationToken));
        var earlier = await scope.Connection.QuerySingleOrDefaultAsync<StoredIntervention>(new CommandDefinition(
            OpportunityReads.InterventionByRequest, new { caller.Agency, request.RequestId }, scope.Transaction, cancellationToken: cancellationToken));
        if (earlier is not null)
        {
            return earlier.OpportunityId == opportunity.OpportunityId ? new RecordedOutcome(earlier, true) : null;
        }

        // Read again under the lock: the status moves from what is stored now, not from what the caller saw.
        var current = await scope.Connection.QuerySingleAsync<StoredOpportunity>(
            new CommandDefinition(Current, new { opportunity.OpportunityId }, scope.Transaction, cancellationToken: cancellationToken));
        var sequence = await scope.Connection.ExecuteScalarAsync<long>(
            new CommandDefinition(sql.ReserveSequences, new { Count = 1 }, scope.Transaction, cancellationToken: cancellationToken));
        var newStatus = StatusOf(request.NewStatus);
        var intervention = new StoredIntervention(
            sequence, OpportunityIds.Intervention(caller.Agency, request.RequestId), request.RequestId, current.OpportunityId, current.TacticId,
            current.SubjectKind, current.SubjectHubId, caller.Subject, caller.Agency, request.TakenAt.ToDateTimeOffset().UtcTicks,
            Grades.Name(request.AssessedDisruption), request.OutcomeSummary.Trim(), newStatus);
        await scope.Connection.ExecuteAsync(new CommandDefinition(
            Insert, new { intervention.Sequence, intervention.InterventionId, intervention.RequestId, intervention.OpportunityId, intervention.TacticId,
                intervention.SubjectKind, intervention.SubjectHubId, intervention.Actor, intervention.Agency, intervention.TakenAtTicks,
                intervention.Grade, intervention.Summary, intervention.NewStatus, RecordedAtTicks = time.GetUtcNow().UtcTicks },
            scope.Transaction,
            cancellationToken: cancellationToken));
        if (current.Status != newStatus && current.Status != OpportunityStates.Withdrawn)
        {
            await OpportunityStore.SetStatusAsync(scope, current, newStatus, cancellationToken);
        }

        await audit.AppendAsync(
            scope,
            [new AuditEvent(caller.Subject, caller.Role, caller.Agency, AuditActions.Alteration,
                [$"opportunity:{current.OpportunityId}", $"{current.SubjectKind}:{current.SubjectHubId}", $"intervention:{intervention.InterventionId}", $"change:{sequence}"])
            {
                Purpose = $"Disruption.RecordOutcome {purpose}",
            }],
            cancellationToken);
        return new RecordedOutcome(intervention, false);
    }

    /// <summary>What the officer says the opportunity now is; recording an outcome without a status means work is under way.</summary>
    public static string StatusOf(OpportunityStatus status) => status switch
    {
        OpportunityStatus.Done => OpportunityStates.Done,
        OpportunityStatus.NotPursued => OpportunityStates.NotPursued,
        OpportunityStatus.Open => OpportunityStates.Open,
        _ => OpportunityStates.InProgress,
    };
}
