using Chb.Hub.Data;
using Dapper;

namespace Chb.Hub.Linking;

/// <summary>One change in the sequence the projector applies: a record version or a retraction (judgements are read by <see cref="PairStore"/>).</summary>
internal sealed record Change(long Sequence, ChangeKind Kind, string Agency, string PartnerReference, string? Body, bool Retracted);

internal enum ChangeKind
{
    Record,
    Retraction,
}

/// <summary>Reads the change sequence and keeps the projector's checkpoint; all inside the batch's transaction.</summary>
internal sealed class ChangeFeed(IHubDatabase database)
{
    public const string Projection = "links";

    // A no-op update takes the checkpoint row's lock on every engine, so two hub instances never run one batch twice.
    private const string Claim = "UPDATE projection_checkpoints SET sequence = sequence WHERE projection = @Projection";
    private const string Read = "SELECT sequence FROM projection_checkpoints WHERE projection = @Projection";
    private const string Save = "UPDATE projection_checkpoints SET sequence = @Sequence WHERE projection = @Projection";

    private const string Records = """
        SELECT sequence AS Sequence, agency AS Agency, partner_reference AS PartnerReference, body AS Body, retracted AS Retracted
        FROM source_records WHERE sequence > @From AND sequence <= @To
        """;

    private const string Retractions = """
        SELECT sequence AS Sequence, agency AS Agency, partner_reference AS PartnerReference
        FROM retractions WHERE sequence > @From AND sequence <= @To
        """;

    private const string FirstVersion = "SELECT MIN(sequence) FROM source_records WHERE agency = @Agency AND partner_reference = @PartnerReference";

    public static async Task<long> ClaimAsync(WriteScope scope, CancellationToken cancellationToken)
    {
        var args = new { Projection };
        await scope.Connection.ExecuteAsync(new CommandDefinition(Claim, args, scope.Transaction, cancellationToken: cancellationToken));
        return await scope.Connection.ExecuteScalarAsync<long>(new CommandDefinition(Read, args, scope.Transaction, cancellationToken: cancellationToken));
    }

    // No lock: writers hold the counter row until they commit, so every change at or below the committed value is visible.
    // Taking the lock here would stall every push for the length of a projector batch.
    public Task<long> LastSequenceAsync(WriteScope scope, CancellationToken cancellationToken)
        => scope.Connection.ExecuteScalarAsync<long>(new CommandDefinition(database.Sql.ReadChangeSequence, transaction: scope.Transaction, cancellationToken: cancellationToken));

    public static Task SaveAsync(WriteScope scope, long sequence, CancellationToken cancellationToken)
        => scope.Connection.ExecuteAsync(new CommandDefinition(Save, new { Projection, Sequence = sequence }, scope.Transaction, cancellationToken: cancellationToken));

    public static async Task<List<Change>> ReadAsync(WriteScope scope, long from, long to, CancellationToken cancellationToken)
    {
        var window = new { From = from, To = to };
        var records = await scope.Connection.QueryAsync<(long Sequence, string Agency, string PartnerReference, string Body, long Retracted)>(
            new CommandDefinition(Records, window, scope.Transaction, cancellationToken: cancellationToken));
        var retractions = await scope.Connection.QueryAsync<(long Sequence, string Agency, string PartnerReference)>(
            new CommandDefinition(Retractions, window, scope.Transaction, cancellationToken: cancellationToken));
        return records.Select(r => new Change(r.Sequence, ChangeKind.Record, r.Agency, r.PartnerReference, r.Body, r.Retracted != 0))
            .Concat(retractions.Select(r => new Change(r.Sequence, ChangeKind.Retraction, r.Agency, r.PartnerReference, null, false)))
            .OrderBy(c => c.Sequence)
            .ToList();
    }

    public static Task<long> FirstVersionAsync(WriteScope scope, string agency, string partnerReference, CancellationToken cancellationToken)
        => scope.Connection.ExecuteScalarAsync<long>(
            new CommandDefinition(FirstVersion, new { Agency = agency, PartnerReference = partnerReference }, scope.Transaction, cancellationToken: cancellationToken));
}
