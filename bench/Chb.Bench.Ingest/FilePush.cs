using Chb.Contracts.V1;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;

namespace Chb.Bench.Ingest;

/// <summary>Pushes a file in 64 KiB chunks with a partner token, reading row results as they come, and returns the summary.</summary>
internal static class FilePush
{
    public static async Task<(PushSummary Summary, RowRejection? FirstRejection)> RunAsync(Uri hub, string token, string agency, string adapter, string path)
    {
        using var channel = GrpcChannel.ForAddress(hub);
        var headers = new Metadata { { "Authorization", $"Bearer {token}" } };
        using var call = new Contracts.V1.Ingest.IngestClient(channel).Push(headers);
        var reading = Task.Run(async () =>
        {
            PushSummary? summary = null;
            RowRejection? first = null;
            while (await call.ResponseStream.MoveNext(CancellationToken.None))
            {
                var response = call.ResponseStream.Current;
                summary = response.Summary ?? summary;
                first ??= response.Results?.Rows.FirstOrDefault(r => r.Rejection is not null)?.Rejection;
            }

            return (summary ?? throw new InvalidOperationException("no summary"), first);
        });
        await call.RequestStream.WriteAsync(new PushRequest { Start = new PushStart { Agency = agency, AdapterId = adapter, FileName = Path.GetFileName(path) } });
        await using (var file = File.OpenRead(path))
        {
            var buffer = new byte[64 * 1024];
            int n;
            while ((n = await file.ReadAsync(buffer)) > 0)
            {
                await call.RequestStream.WriteAsync(new PushRequest { Chunk = new FileChunk { Data = ByteString.CopyFrom(buffer, 0, n) } });
            }
        }

        await call.RequestStream.WriteAsync(new PushRequest { Complete = new PushComplete() });
        await call.RequestStream.CompleteAsync();
        return await reading;
    }
}
