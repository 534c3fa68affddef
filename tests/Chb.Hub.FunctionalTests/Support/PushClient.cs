using Chb.Contracts.V1;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;

namespace Chb.Hub.FunctionalTests.Support;

/// <summary>What a whole push answered: every row result and the summary.</summary>
public sealed record PushOutcome(IReadOnlyList<RowResult> Rows, PushSummary Summary)
{
    public RowResult Row(long row) => Rows.Single(r => r.Row == row);
}

/// <summary>Drives the Push stream the way a partner client does.</summary>
public static class PushClient
{
    public static Task<PushOutcome> PushAsync(GrpcChannel channel, params PushRequest[] messages)
        => PushAsync(channel, (IEnumerable<PushRequest>)messages);

    public static async Task<PushOutcome> PushAsync(GrpcChannel channel, IEnumerable<PushRequest> messages)
    {
        using var call = new Contracts.V1.Ingest.IngestClient(channel).Push();
        var reading = ReadAllAsync(call.ResponseStream);
        try
        {
            foreach (var message in messages)
            {
                await call.RequestStream.WriteAsync(message);
            }

            await call.RequestStream.CompleteAsync();
        }
        catch (RpcException)
        {
            // The hub may have ended the call while we were still writing: then its status, carried by the
            // response stream, is the answer. Only if the responses ended cleanly is the write failure itself news.
            await reading;
            throw;
        }

        return await reading;
    }

    public static Task<PushOutcome> PushFileAsync(GrpcChannel channel, string agency, string adapterId, byte[] content, int chunkSize = 16 * 1024)
    {
        var messages = new List<PushRequest> { Records.Start(agency, adapterId, "upload") };
        for (var offset = 0; offset < content.Length; offset += chunkSize)
        {
            var length = Math.Min(chunkSize, content.Length - offset);
            messages.Add(new PushRequest { Chunk = new FileChunk { Data = ByteString.CopyFrom(content, offset, length) } });
        }

        messages.Add(Records.Complete());
        return PushAsync(channel, messages);
    }

    public static async Task<PushOutcome> ReadAllAsync(IAsyncStreamReader<PushResponse> responses)
    {
        var rows = new List<RowResult>();
        PushSummary? summary = null;
        while (await responses.MoveNext(CancellationToken.None))
        {
            if (responses.Current.Results is { } results)
            {
                rows.AddRange(results.Rows);
            }
            else
            {
                summary = responses.Current.Summary;
            }
        }

        return new PushOutcome(rows, summary ?? throw new InvalidOperationException("The push ended without a summary."));
    }
}
