using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using Chb.Adapters;
using Chb.Contracts.V1;
using Chb.Hub.Adapters;
using Chb.Hub.Agencies;
using Chb.Hub.Diagnostics;
using Chb.Hub.Grpc;
using Grpc.Core;

namespace Chb.Hub.Ingest;

internal sealed partial class PushHandler
{
    private async Task PushFileAsync(
        PushContext push, Agency agency, LoadedAdapter adapter, PushStreamReader reader, IServerStreamWriter<PushResponse> responses, PushSummary summary, CancellationToken ct)
    {
        using var pumpStop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 4 << 20, resumeWriterThreshold: 2 << 20, useSynchronizationContext: false));
        var pumpFault = new StrongBox<Exception?>();
        var pump = PumpChunksAsync(reader, pipe.Writer, pumpFault, pumpStop.Token);
        var lastRow = new StrongBox<long>();
        try
        {
            await adapter.Breaker.ExecuteAsync(
                async token =>
                {
                    await using var input = pipe.Reader.AsStream();
                    await using var run = new AdapterRun(adapter.Adapter, input, new AdapterContext(agency.Code, agency.Kind, push.FileName ?? string.Empty), _rowTimeout, token);
                    try
                    {
                        await ConsumeRowsAsync(push, run, responses, summary, lastRow, token);
                    }
                    catch (AdapterFaultException) when (pumpFault.Value is { } pusherFault)
                    {
                        // The pusher broke the stream, not the adapter: report the pusher's fault.
                        ExceptionDispatchInfo.Throw(pusherFault);
                    }
                },
                ct);
        }
        catch (AdapterFaultException ex)
        {
            HubLog.AdapterFaulted(logger, adapter.Descriptor.Id, push.PushId, ex.Message);
            var rest = new IngestRow(lastRow.Value + 1, null, null, [new FieldProblem("file", $"{ex.Message}; the rest of the file was not read")])
            {
                Code = RejectionCode.AdapterFailed,
            };
            await CommitAsync(push, [rest], responses, summary, ct);
            await pumpStop.CancelAsync();
            await pump.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            return;
        }

        await pump;
    }

    /// <summary>
    /// Reads the plugin's rows in batches. A batch is checked and encoded while the one before it commits (on another
    /// thread), and stored only once that one has committed, so batches commit in order and a later batch sees every
    /// key an earlier one stored; each batch is answered only after its own commit.
    /// </summary>
    private async Task ConsumeRowsAsync(
        PushContext push, AdapterRun run, IServerStreamWriter<PushResponse> responses, PushSummary summary, StrongBox<long> lastRow, CancellationToken ct)
    {
        var batchSize = options.Value.BatchSize;
        Task<RowResult[]>? committing = null;
        try
        {
            while (true)
            {
                var (hasRow, first) = await run.NextAsync(ct);
                if (!hasRow)
                {
                    return;
                }

                // Group commit: take what the plugin has ready, up to a batch, without waiting for more.
                var rows = new List<IngestRow>(batchSize);
                var row = first;
                do
                {
                    var ingest = IngestRow.FromAdapter(row, lastRow.Value + 1);
                    lastRow.Value = Math.Max(lastRow.Value, ingest.Row);
                    rows.Add(ingest);
                }
                while (rows.Count < batchSize && run.TryRead(out row));

                var prepared = committer.Prepare(rows);
                var previous = committing;
                committing = null;
                var committed = previous is null ? null : await previous;
                committing = Task.Run(() => committer.StoreAsync(push, prepared, ct), ct);
                if (committed is not null)
                {
                    await SendAsync(committed, responses, summary, ct);
                }
            }
        }
        finally
        {
            // The end of the file, or a fault: the batch still committing is answered before anything else is.
            if (committing is not null)
            {
                await SendAsync(await committing, responses, summary, ct);
            }
        }
    }

    private static async Task PumpChunksAsync(PushStreamReader reader, PipeWriter writer, StrongBox<Exception?> fault, CancellationToken ct)
    {
        try
        {
            var readerGone = false;
            while (await reader.ReadAsync(ct) is { } message)
            {
                switch (message.BodyCase)
                {
                    case PushRequest.BodyOneofCase.Chunk when !readerGone:
                        var flush = await writer.WriteAsync(message.Chunk.Data.Memory, ct);
                        readerGone = flush.IsCompleted;
                        break;
                    case PushRequest.BodyOneofCase.Chunk:
                        break;
                    case PushRequest.BodyOneofCase.Complete:
                        await writer.CompleteAsync();
                        return;
                    case PushRequest.BodyOneofCase.Records:
                        GrpcErrors.ThrowBadRequest("records", "a file push carries file chunks, not records");
                        break;
                    default:
                        GrpcErrors.ThrowBadRequest("start", "a push has one PushStart, first");
                        break;
                }
            }

            await writer.CompleteAsync();
        }
        catch (Exception ex)
        {
            fault.Value = ex;
            await writer.CompleteAsync(ex);
            throw;
        }
    }
}
