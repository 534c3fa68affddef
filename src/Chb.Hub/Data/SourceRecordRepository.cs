using Dapper;

namespace Chb.Hub.Data;

/// <summary>Appends partner records to the source store and retracts them; owns that SQL.</summary>
internal sealed partial class SourceRecordRepository(StoreExecutor store, Audit.AuditLog audit, TimeProvider time)
{
    private IHubDatabase Database => store.Database;

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

        // Taken before reading the keys: another instance's transaction cannot store one of them in between.
        await LockSequenceAsync(scope, cancellationToken);
        var distinct = new List<string>(records.Count);
        var seen = new HashSet<string>(records.Count, StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            if (seen.Add(records[i].IdempotencyKey))
            {
                distinct.Add(records[i].IdempotencyKey);
            }
        }

        var known = await Database.FindKeysAsync(scope, agency, distinct, cancellationToken);
        var fresh = new List<int>(records.Count);
        var freshKeys = new Dictionary<string, int>(records.Count, StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            if (known.TryGetValue(record.IdempotencyKey, out var existing))
            {
                var status = string.Equals(existing.PayloadHash, record.PayloadHash, StringComparison.Ordinal) ? AppendStatus.Duplicate : AppendStatus.Conflict;
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
            await StoreFreshAsync(scope, agency, adapterId, pushId, records, fresh, outcomes, cancellationToken);
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

    private async Task StoreFreshAsync(
        WriteScope scope, string agency, string? adapterId, string? pushId, IReadOnlyList<PendingRecord> records, List<int> fresh,
        AppendOutcome[] outcomes, CancellationToken cancellationToken)
    {
        var last = await ReserveAsync(scope, fresh.Count, cancellationToken);
        var first = last - fresh.Count + 1;
        var receivedAt = time.GetUtcNow();
        var rows = new SourceRecordRow[fresh.Count];
        for (var n = 0; n < fresh.Count; n++)
        {
            var record = records[fresh[n]];
            var sequence = first + n;
            outcomes[fresh[n]] = new AppendOutcome(record.Row, record.PartnerReference, record.IdempotencyKey, sequence, AppendStatus.Stored);
            rows[n] = new SourceRecordRow(
                sequence, agency, record.PartnerReference, record.IdempotencyKey, record.PayloadHash, record.Kind, adapterId, pushId, record.Body, receivedAt);
        }

        await Database.InsertRecordsAsync(scope, rows, cancellationToken);
    }

    private Task<long> LockSequenceAsync(WriteScope scope, CancellationToken cancellationToken)
        => scope.Connection.ExecuteScalarAsync<long>(
            new CommandDefinition(Database.Sql.LockChangeSequence, transaction: scope.Transaction, cancellationToken: cancellationToken));

    // The counter row stays locked until commit, so a later writer gets later values and commits after this one.
    private Task<long> ReserveAsync(WriteScope scope, int count, CancellationToken cancellationToken)
        => scope.Connection.ExecuteScalarAsync<long>(
            new CommandDefinition(Database.Sql.ReserveSequences, new { Count = count }, scope.Transaction, cancellationToken: cancellationToken));
}
