using System.Security.Authentication;
using Google.Rpc;
using Grpc.Core;

namespace Chb.Cli;

/// <summary>Turns any failure into an exit code and one line for stderr: no stack traces, no inner exception dumps.</summary>
internal static class ErrorReporter
{
    public static (int ExitCode, string Message) Describe(Exception exception, string hub) => exception switch
    {
        CliUsageException usage => (ExitCodes.Usage, usage.Message),
        RpcException rpc => Describe(rpc, hub),
        HttpRequestException => (ExitCodes.CannotConnect, CannotReach(hub)),
        OperationCanceledException => (ExitCodes.Cancelled, "cancelled"),
        UnauthorizedAccessException or IOException => (ExitCodes.LocalFile, exception.Message),
        _ => (ExitCodes.Failed, $"unexpected {exception.GetType().Name}: {exception.Message}"),
    };

    private static (int, string) Describe(RpcException rpc, string hub)
    {
        var detail = rpc.Status.Detail;
        return rpc.StatusCode switch
        {
            _ when ConnectRetry.IsTransportFailure(rpc) && Find<AuthenticationException>(rpc.Status.DebugException) is { } tls
                => (ExitCodes.CannotConnect, $"no trusted TLS connection to the hub at {hub}: {tls.Message}"),
            _ when ConnectRetry.IsTransportFailure(rpc) => (ExitCodes.CannotConnect, CannotReach(hub)),
            StatusCode.Unavailable => (ExitCodes.Failed, $"the hub is unavailable: {detail}"),
            StatusCode.InvalidArgument => (ExitCodes.Failed, $"the hub refused the request: {Violations(rpc) ?? detail}"),
            StatusCode.NotFound => (ExitCodes.NotFoundOrDenied, $"not found: {detail}"),
            StatusCode.PermissionDenied => (ExitCodes.NotFoundOrDenied, $"permission denied: {detail}"),
            StatusCode.Unauthenticated => (ExitCodes.NotFoundOrDenied, $"the hub wants a valid token (--token or {HubSettings.TokenVariable}): {detail}"),
            StatusCode.FailedPrecondition => (ExitCodes.Failed, $"the hub cannot do that: {detail}"),
            StatusCode.ResourceExhausted => (ExitCodes.Failed, $"over the hub's limits: {detail}"),
            StatusCode.DeadlineExceeded => (ExitCodes.Failed, $"the hub did not finish in time: {detail}"),
            StatusCode.Unimplemented => (ExitCodes.Failed, $"the hub at {hub} does not offer this command (an older hub?)"),
            StatusCode.Cancelled => (ExitCodes.Cancelled, "cancelled"),
            _ => (ExitCodes.Failed, $"the hub failed ({rpc.StatusCode}): {detail}"),
        };
    }

    /// <summary>The field violations of a google.rpc.BadRequest, when the hub sent one.</summary>
    private static string? Violations(RpcException rpc)
    {
        var request = rpc.GetRpcStatus()?.GetDetail<BadRequest>();
        return request is { FieldViolations.Count: > 0 }
            ? string.Join("; ", request.FieldViolations.Select(v => $"{v.Field}: {v.Description}"))
            : null;
    }

    private static T? Find<T>(Exception? exception)
        where T : Exception
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }
        }

        return null;
    }

    private static string CannotReach(string hub) => $"cannot reach the hub at {hub}: is it running?";

    /// <summary>Keeps a message to one line whatever the hub or the OS put in it.</summary>
    public static string OneLine(string message)
        => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
