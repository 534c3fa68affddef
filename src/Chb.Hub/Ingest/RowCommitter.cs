using Chb.Contracts.V1;
using QuarantineEntry = Chb.Hub.Data.QuarantineEntry;
using Chb.Hub.Audit;
using Chb.Hub.Data;
using Chb.Hub.Options;
using Microsoft.Extensions.Options;

namespace Chb.Hub.Ingest;

/// <summary>
/// Validates a batch of rows, stores the good ones and quarantines the rest in one transaction, and only
/// then builds the per-row results: an ack always means committed.
/// </summary>
internal sealed class RowCommitter(
    StoreExecutor store,
    SourceRecordRepository records,
    AuditLog audit,
    ChangeNotifier notifier,
    IOptions<IngestOptions> options,
    TimeProvider time)
{
    public Task<RowResult[]> CommitAsync(PushContext push, IReadOnlyList<IngestRow> rows, CancellationToken cancellationToken)
        => StoreAsync(push, Prepare(rows), cancellationToken);

    /// <summary>
    /// Validates and encodes a batch. That needs no store, so it runs once, outside the transaction and its retries,
    /// and a push may prepare its next batch while the last one commits.
    /// </summary>
    public PreparedBatch Prepare(IReadOnlyList<IngestRow> rows)
    {
        var batch = new PreparedBatch(rows);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        using var encoder = new CanonicalJson.Encoder();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var problems = Problems(row, today);
            if (problems.Count > 0)
            {
                batch.Rejected.Add((i, problems, row.Code));
                continue;
            }

            var (body, hash) = encoder.Serialize(row.Record!);
            var key = row.ClientKey ?? IdempotencyKeys.Derive(row.Record!.PartnerReference, hash);
            if (body.Length > options.Value.MaxRecordBytes)
            {
                batch.Rejected.Add((i, [new("record", $"is larger than the {options.Value.MaxRecordBytes} bytes a record may take")], RejectionCode.TooLarge));
            }
            else if (key.Length > IdempotencyKeys.MaxLength)
            {
                batch.Rejected.Add((i, [new("idempotencyKey", $"is longer than {IdempotencyKeys.MaxLength} characters")], RejectionCode.Invalid));
            }
            else
            {
                batch.Pending.Add(new PendingRecord(row.Row, row.Record!.PartnerReference, key, hash, row.Record.Kind.ToString(), body));
                batch.PendingIndex.Add(i);
            }
        }

        return batch;
    }

    /// <summary>Stores a prepared batch in one transaction and answers each row's result once it has committed.</summary>
    public async Task<RowResult[]> StoreAsync(PushContext push, PreparedBatch batch, CancellationToken cancellationToken)
    {
        var results = await store.WriteAsync(
            static (scope, s, ct) => s.Self.StoreAsync(scope, s.Push, s.Batch, ct),
            (Self: this, Push: push, Batch: batch),
            cancellationToken);
        notifier.Notify();
        return results;
    }

    /// <summary>One attempt at the transaction: builds every result afresh, so a retried attempt leaves no trace of the last.</summary>
    private async Task<RowResult[]> StoreAsync(WriteScope scope, PushContext push, PreparedBatch batch, CancellationToken cancellationToken)
    {
        var rows = batch.Rows;
        var results = new RowResult[rows.Count];
        var rejected = new List<(int Index, IReadOnlyList<FieldProblem> Problems, RejectionCode Code)>(batch.Rejected);
        var outcomes = await records.AppendAsync(scope, push.Agency, push.AdapterId, push.PushId, batch.Pending, cancellationToken);
        for (var n = 0; n < outcomes.Count; n++)
        {
            var outcome = outcomes[n];
            if (outcome.Status == AppendStatus.Conflict)
            {
                rejected.Add((batch.PendingIndex[n], [new("idempotencyKey", "was used before for a record with different content")], RejectionCode.IdempotencyConflict));
                continue;
            }

            results[batch.PendingIndex[n]] = IngestResults.Ack(outcome);
        }

        var receivedAt = time.GetUtcNow();
        var entries = new List<QuarantineEntry>(rejected.Count);
        foreach (var (index, problems, code) in rejected)
        {
            var entry = IngestResults.Quarantine(push, rows[index].Row, problems, code, receivedAt);
            entries.Add(entry);
            results[index] = IngestResults.Rejection(rows[index].Row, problems, code, entry.Id);
        }

        await QuarantineRepository.AddAsync(scope, entries, cancellationToken);
        await audit.AppendAsync(scope, [IngestAudit.Collection(push, outcomes, entries.Count)], cancellationToken);
        return results;
    }

    private static IReadOnlyList<FieldProblem> Problems(IngestRow row, DateOnly today)
    {
        if (row.Record is null)
        {
            return row.Problems ?? RecordValidator.Validate(null, today);
        }

        var found = RecordValidator.Validate(row.Record, today);
        return row.Problems is { Count: > 0 } earlier ? [.. earlier, .. found] : found;
    }

    /// <summary>A batch checked and encoded, ready for its transaction.</summary>
    internal sealed class PreparedBatch(IReadOnlyList<IngestRow> rows)
    {
        public IReadOnlyList<IngestRow> Rows { get; } = rows;

        public List<PendingRecord> Pending { get; } = new(rows.Count);

        public List<int> PendingIndex { get; } = new(rows.Count);

        public List<(int Index, IReadOnlyList<FieldProblem> Problems, RejectionCode Code)> Rejected { get; } = [];
    }
}
