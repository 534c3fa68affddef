using Chb.Contracts.V1;

namespace Chb.Hub.StorageTests.Support;

/// <summary>What one push answered: every row result and the summary.</summary>
public sealed record PushOutcome(IReadOnlyList<RowResult> Rows, PushSummary Summary)
{
    public RowResult Row(long row) => Rows.Single(r => r.Row == row);

    public IReadOnlyList<long> AckedSequences => [.. Rows.Where(r => r.Ack is not null).Select(r => (long)r.Ack.Sequence)];
}

/// <summary>Drives the Push stream the way a partner client does: one start, record batches, complete.</summary>
public static class Pushes
{
    public static Task<PushOutcome> PushAsync(StorageHub hub, string agency, params RecordEnvelope[] records)
        => PushAsync(hub, agency, [records]);

    public static async Task<PushOutcome> PushAsync(StorageHub hub, string agency, IEnumerable<IEnumerable<RecordEnvelope>> batches)
    {
        using var call = hub.Ingest(agency).Push();
        var reading = ReadAllAsync(call);
        await call.RequestStream.WriteAsync(new PushRequest { Start = new PushStart { Agency = agency } });
        foreach (var batch in batches)
        {
            var message = new RecordBatch();
            message.Records.AddRange(batch);
            await call.RequestStream.WriteAsync(new PushRequest { Records = message });
        }

        await call.RequestStream.WriteAsync(new PushRequest { Complete = new PushComplete() });
        await call.RequestStream.CompleteAsync();
        return await reading;
    }

    private static async Task<PushOutcome> ReadAllAsync(global::Grpc.Core.AsyncDuplexStreamingCall<PushRequest, PushResponse> call)
    {
        var rows = new List<RowResult>();
        PushSummary? summary = null;
        while (await call.ResponseStream.MoveNext(CancellationToken.None))
        {
            if (call.ResponseStream.Current.Results is { } results)
            {
                rows.AddRange(results.Rows);
            }
            else
            {
                summary = call.ResponseStream.Current.Summary;
            }
        }

        return new PushOutcome(rows, summary ?? throw new InvalidOperationException("The push ended without a summary."));
    }
}
