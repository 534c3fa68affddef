using System.Net.Http;
using Grpc.Core;
using Polly;
using Polly.Retry;

namespace Chb.Cli;

/// <summary>
/// Retries a call whose connection could not be made, a few times with a short backoff, so a hub that is still
/// starting is waited for briefly. A call that reached the hub is never retried here: the caller decides.
/// </summary>
internal static class ConnectRetry
{
    public static ResiliencePipeline Create(TimeProvider time) => new ResiliencePipelineBuilder { TimeProvider = time }
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<RpcException>(static ex => NeverConnected(ex)),
            MaxRetryAttempts = 3,
            Delay = TimeSpan.FromMilliseconds(250),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
        })
        .Build();

    /// <summary>True when the transport never reached the hub (connection refused, name not resolved): nothing was sent.</summary>
    public static bool NeverConnected(RpcException exception)
        => exception.StatusCode == StatusCode.Unavailable
            && Find(exception.Status.DebugException) is { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError };

    /// <summary>True when the failure came from the transport rather than from an answer the hub sent.</summary>
    public static bool IsTransportFailure(RpcException exception)
        => (exception.StatusCode == StatusCode.Unavailable && exception.Status.DebugException is not null)
            || Find(exception.Status.DebugException) is not null;

    private static HttpRequestException? Find(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is HttpRequestException http)
            {
                return http;
            }
        }

        return null;
    }
}
