using Chb.Contracts.V1;
using Chb.Hub.Grpc;
using Chb.Hub.Options;
using Grpc.Core;
using Polly;
using Polly.Timeout;

namespace Chb.Hub.Ingest;

/// <summary>
/// Reads a push's messages within the configured caps: message count, total bytes and idle time.
/// grpc-dotnet lifts Kestrel's body limits for streaming calls, so without these one stream could run forever.
/// </summary>
internal sealed class PushStreamReader(IAsyncStreamReader<PushRequest> requests, IngestOptions options, ResiliencePipeline idle)
{
    public long Messages { get; private set; }

    public long Bytes { get; private set; }

    public async ValueTask<PushRequest?> ReadAsync(CancellationToken cancellationToken)
    {
        bool more;
        try
        {
            more = await idle.ExecuteAsync(static (r, ct) => new ValueTask<bool>(r.MoveNext(ct)), requests, cancellationToken);
        }
        catch (TimeoutRejectedException)
        {
            throw new RpcException(new Status(StatusCode.DeadlineExceeded, $"No message arrived for {options.IdleTimeout.TotalSeconds:0.###} s; the push was ended."));
        }

        if (!more)
        {
            return null;
        }

        var message = requests.Current;
        Messages++;
        Bytes += message.CalculateSize();
        if (Messages > options.MaxMessagesPerStream)
        {
            GrpcErrors.Throw(StatusCode.ResourceExhausted, $"A push may carry at most {options.MaxMessagesPerStream} messages; start another push.");
        }

        if (Bytes > options.MaxBytesPerStream)
        {
            GrpcErrors.Throw(StatusCode.ResourceExhausted, $"A push may carry at most {options.MaxBytesPerStream} bytes; start another push.");
        }

        return message;
    }
}
