using Chb.Contracts.V1;
using Google.Protobuf;
using Grpc.Core;

namespace Chb.Cli.Push;

/// <summary>
/// Streams a file to Ingest.Push in 64 KiB chunks while reading row results concurrently (the hub answers rows
/// while the file is still arriving, so reading late could stall both sides), and returns the receipt.
/// </summary>
internal sealed class FilePusher(HubConnection hub, TimeProvider time)
{
    public const int ChunkSize = 64 * 1024;

    /// <summary>Pushes the file. Only an attempt that never reached the hub is retried, so rows are never sent twice.</summary>
    public async Task<PushReceipt> PushAsync(PushJob job, IPushProgress progress, CancellationToken cancellationToken)
        => await hub.Retry.ExecuteAsync(
            static async (state, token) => await state.self.PushOnceAsync(state.job, state.progress, token),
            (self: this, job, progress),
            cancellationToken);

    private async Task<PushReceipt> PushOnceAsync(PushJob job, IPushProgress progress, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(job.Path, FileMode.Open, FileAccess.Read, FileShare.Read, ChunkSize, useAsync: true);
        progress.Restart(file.Length);
        var started = time.GetTimestamp();
        using var call = hub.Ingest.Push(hub.Options(cancellationToken));
        using var stopSending = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var receipt = new ReceiptBuilder(job);
        var reading = ReadAsync(call.ResponseStream, receipt, progress, stopSending, cancellationToken);
        try
        {
            await SendAsync(call.RequestStream, job, file, progress, stopSending.Token);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Sending fails when the hub ends the call; its status, read from the response side, says why.
            await reading;
            throw;
        }

        var summary = await reading;
        return receipt.Build(summary, time.GetElapsedTime(started));
    }

    private static async Task SendAsync(IClientStreamWriter<PushRequest> requests, PushJob job, FileStream file, IPushProgress progress, CancellationToken cancellationToken)
    {
        await requests.WriteAsync(new PushRequest { Start = new PushStart { Agency = job.Agency, AdapterId = job.Adapter, FileName = job.FileName } }, cancellationToken);
        var buffer = new byte[ChunkSize];
        int read;
        while ((read = await file.ReadAsync(buffer, cancellationToken)) > 0)
        {
            await requests.WriteAsync(new PushRequest { Chunk = new FileChunk { Data = ByteString.CopyFrom(buffer, 0, read) } }, cancellationToken);
            progress.Sent(read);
        }

        await requests.WriteAsync(new PushRequest { Complete = new PushComplete() }, cancellationToken);
        await requests.CompleteAsync();
    }

    private static async Task<PushSummary> ReadAsync(
        IAsyncStreamReader<PushResponse> responses, ReceiptBuilder receipt, IPushProgress progress, CancellationTokenSource stopSending, CancellationToken cancellationToken)
    {
        try
        {
            PushSummary? summary = null;
            while (await responses.MoveNext(cancellationToken))
            {
                var response = responses.Current;
                if (response.BodyCase == PushResponse.BodyOneofCase.Results)
                {
                    receipt.Add(response.Results.Rows);
                    progress.Answered(response.Results.Rows.Count);
                }
                else if (response.BodyCase == PushResponse.BodyOneofCase.Summary)
                {
                    summary = response.Summary;
                }
            }

            return summary ?? throw new RpcException(new Status(StatusCode.Internal, "the push ended without a summary"));
        }
        catch
        {
            await stopSending.CancelAsync();
            throw;
        }
    }
}
