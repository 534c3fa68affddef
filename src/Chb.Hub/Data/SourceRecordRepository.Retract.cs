using Dapper;

namespace Chb.Hub.Data;

internal sealed partial class SourceRecordRepository
{
    private const string LiveVersions = """
        SELECT CAST(COUNT(*) AS BIGINT) AS Total, CAST(COALESCE(SUM(CASE WHEN retracted = 0 THEN 1 ELSE 0 END), 0) AS BIGINT) AS Live
        FROM source_records WHERE agency = @Agency AND partner_reference = @PartnerReference
        """;

    private const string MarkRetracted = """
        UPDATE source_records SET retracted = 1
        WHERE agency = @Agency AND partner_reference = @PartnerReference AND retracted = 0
        """;

    private const string InsertRetraction = """
        INSERT INTO retractions (sequence, agency, partner_reference, reason, retracted_at)
        VALUES (@Sequence, @Agency, @PartnerReference, @Reason, @At)
        """;

    /// <summary>Retracts every live version of a partner reference; answers the retraction's sequence.</summary>
    public Task<(RetractStatus Status, long Sequence)> RetractAsync(
        string actor, string agency, string partnerReference, string reason, CancellationToken cancellationToken)
        => store.WriteAsync(
            static (scope, s, ct) => s.Self.RetractAsync(scope, s.Actor, s.Agency, s.PartnerReference, s.Reason, ct),
            (Self: this, Actor: actor, Agency: agency, PartnerReference: partnerReference, Reason: reason),
            cancellationToken);

    private async Task<(RetractStatus Status, long Sequence)> RetractAsync(
        WriteScope scope, string actor, string agency, string partnerReference, string reason, CancellationToken cancellationToken)
    {
        // Locked first, as for appends: two instances retracting the same reference cannot both see it live.
        await LockSequenceAsync(scope, cancellationToken);
        var key = new { Agency = agency, PartnerReference = partnerReference };
        var (total, live) = await scope.Connection.QuerySingleAsync<(long Total, long Live)>(
            new CommandDefinition(LiveVersions, key, scope.Transaction, cancellationToken: cancellationToken));
        if (total == 0)
        {
            return (RetractStatus.NotFound, 0);
        }

        if (live == 0)
        {
            return (RetractStatus.AlreadyRetracted, 0);
        }

        var sequence = await ReserveAsync(scope, 1, cancellationToken);
        await scope.Connection.ExecuteAsync(new CommandDefinition(MarkRetracted, key, scope.Transaction, cancellationToken: cancellationToken));
        await scope.Connection.ExecuteAsync(new CommandDefinition(
            InsertRetraction,
            new { Sequence = sequence, Agency = agency, PartnerReference = partnerReference, Reason = reason, At = time.GetUtcNow() },
            scope.Transaction,
            cancellationToken: cancellationToken));
        await audit.AppendAsync(scope, [Ingest.IngestAudit.Retraction(actor, agency, sequence)], cancellationToken);
        return (RetractStatus.Retracted, sequence);
    }
}

internal enum RetractStatus
{
    Retracted,
    AlreadyRetracted,
    NotFound,
}
