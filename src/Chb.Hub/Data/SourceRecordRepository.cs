using Dapper;

namespace Chb.Hub.Data;

/// <summary>Appends partner records to the source store and retracts them; owns that SQL.</summary>
internal sealed class SourceRecordRepository(IHubDatabase database, TimeProvider time)
{
    private const string FindKeys = """
        SELECT idempotency_key AS IdempotencyKey, payload_hash AS PayloadHash, sequence AS Sequence
        FROM source_records WHERE agency = @Agency AND idempotency_key IN @Keys
        """;

    private const string Insert = """
        INSERT INTO source_records (sequence, agency, partner_reference, idempotency_key, payload_hash, kind, adapter_id, push_id, body, received_at)
        VALUES (@Sequence, @Agency, @PartnerReference, @IdempotencyKey, @PayloadHash, @Kind, @AdapterId, @PushId, @Body, @ReceivedAt)
        """;

    private const string LiveVersions = """
        SELECT COUNT(*) AS Total, COALESCE(SUM(CASE WHEN retracted = 0 THEN 1 ELSE 0 END), 0) AS Live
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

    /// <summary>
    /// Stores the new records of a batch inside <paramref name="scope"/>. A key seen before with the same
    /// content is a duplicate answering the original sequence; with other content, a conflict.
    /// </summary>
    public async Task<IReadOnlyList<AppendOutcome>> AppendAsync(
        WriteScope scope, string agency, string? adapterId, string? pushId, IReadOnlyList<PendingRecord> records, CancellationToken cancellationToken)
    {
        var outcomes = new AppendOutcome[records.Count];
        if (records.Count == 0)
        {
            return outcomes;
        }

        var known = new Dictionary<string, (string Hash, long Sequence)>(StringComparer.Ordinal);
        foreach (var chunk in records.Select(r => r.IdempotencyKey).Distinct(StringComparer.Ordinal).Chunk(500))
        {
            var rows = await scope.Connection.QueryAsync<(string IdempotencyKey, string PayloadHash, long Sequence)>(
                new CommandDefinition(FindKeys, new { Agency = agency, Keys = chunk }, scope.Transaction, cancellationToken: cancellationToken));
            foreach (var row in rows)
            {
                known[row.IdempotencyKey] = (row.PayloadHash, row.Sequence);
            }
        }

        var fresh = new List<int>();
        var freshKeys = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            if (known.TryGetValue(record.IdempotencyKey, out var existing))
            {
                var status = string.Equals(existing.Hash, record.PayloadHash, StringComparison.Ordinal) ? AppendStatus.Duplicate : AppendStatus.Conflict;
                outcomes[i] = new AppendOutcome(record.Row, record.PartnerReference, record.IdempotencyKey, status == AppendStatus.Duplicate ? existing.Sequence : 0, status);
            }
            else if (freshKeys.TryGetValue(record.IdempotencyKey, out var first))
            {
                // The same key twice in one batch: resolved once sequences are assigned below.
                outcomes[i] = new AppendOutcome(record.Row, record.PartnerReference, record.IdempotencyKey, -first - 1, AppendStatus.Duplicate);
            }
            else
            {
                freshKeys[record.IdempotencyKey] = i;
                fresh.Add(i);
            }
        }

        if (fresh.Count > 0)
        {
            var last = await ReserveAsync(scope, fresh.Count, cancellationToken);
            var first = last - fresh.Count + 1;
            var receivedAt = time.GetUtcNow();
            var rows = new object[fresh.Count];
            for (var n = 0; n < fresh.Count; n++)
            {
                var record = records[fresh[n]];
                var sequence = first + n;
                outcomes[fresh[n]] = new AppendOutcome(record.Row, record.PartnerReference, record.IdempotencyKey, sequence, AppendStatus.Stored);
                rows[n] = new
                {
                    Sequence = sequence, Agency = agency, record.PartnerReference, record.IdempotencyKey, record.PayloadHash,
                    record.Kind, AdapterId = adapterId, PushId = pushId, record.Body, ReceivedAt = receivedAt,
                };
            }

            await scope.Connection.ExecuteAsync(new CommandDefinition(Insert, rows, scope.Transaction, cancellationToken: cancellationToken));
        }

        for (var i = 0; i < outcomes.Length; i++)
        {
            if (outcomes[i].Sequence < 0)
            {
                var original = outcomes[(int)(-outcomes[i].Sequence - 1)];
                var same = string.Equals(records[(int)(-outcomes[i].Sequence - 1)].PayloadHash, records[i].PayloadHash, StringComparison.Ordinal);
                outcomes[i] = outcomes[i] with { Sequence = same ? original.Sequence : 0, Status = same ? AppendStatus.Duplicate : AppendStatus.Conflict };
            }
        }

        return outcomes;
    }

    /// <summary>Retracts every live version of a partner reference; answers the retraction's sequence.</summary>
    public async Task<(RetractStatus Status, long Sequence)> RetractAsync(
        string agency, string partnerReference, string reason, CancellationToken cancellationToken)
    {
        await using var scope = await database.BeginWriteAsync(cancellationToken);
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
        await scope.CommitAsync(cancellationToken);
        return (RetractStatus.Retracted, sequence);
    }

    private Task<long> ReserveAsync(WriteScope scope, int count, CancellationToken cancellationToken)
        => scope.Connection.ExecuteScalarAsync<long>(
            new CommandDefinition(database.Sql.ReserveSequences, new { Count = count }, scope.Transaction, cancellationToken: cancellationToken));
}

internal enum RetractStatus
{
    Retracted,
    AlreadyRetracted,
    NotFound,
}
