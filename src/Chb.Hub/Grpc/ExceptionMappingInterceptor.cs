using Chb.Hub.Diagnostics;
using Chb.Hub.Resilience;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Chb.Hub.Grpc;

/// <summary>
/// Maps known exception types to gRPC statuses once, for every service. Unexpected exceptions are logged
/// by type only (their messages may quote data) and left to the framework, which answers UNKNOWN without
/// detail unless detailed errors are on in Development.
/// </summary>
internal sealed class ExceptionMappingInterceptor(ILogger<ExceptionMappingInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception ex) when (Map(ex, context) is { } mapped)
        {
            throw mapped;
        }
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(requestStream, responseStream, context);
        }
        catch (Exception ex) when (Map(ex, context) is { } mapped)
        {
            throw mapped;
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception ex) when (Map(ex, context) is { } mapped)
        {
            throw mapped;
        }
    }

    private RpcException? Map(Exception exception, ServerCallContext context)
    {
        switch (exception)
        {
            case RpcException:
                return null;
            case OperationCanceledException when context.CancellationToken.IsCancellationRequested:
                return new RpcException(new Status(StatusCode.Cancelled, "The call was cancelled."));
            case TimeoutRejectedException:
                return new RpcException(new Status(StatusCode.DeadlineExceeded, "The hub gave up waiting; retry later."));
            case BrokenCircuitException:
                return new RpcException(new Status(StatusCode.Unavailable, "A component is paused after repeated failures; retry later."));
            case Exception when TransientStoreErrors.IsTransient(exception):
                // Still failing after the store pipeline's retries. Pushes and retractions are idempotent, so retrying is safe.
                return new RpcException(new Status(StatusCode.Unavailable, "The store is unavailable; retry later."));
            default:
                HubLog.UnhandledRpcError(logger, exception.GetType().Name, context.Method);
                return null;
        }
    }
}
