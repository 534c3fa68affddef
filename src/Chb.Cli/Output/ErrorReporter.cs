using System.Globalization;
using System.Security.Authentication;
using Google.Rpc;
using Grpc.Core;

namespace Chb.Cli;

/// <summary>Turns any failure into an exit code and one line for stderr: no stack traces, no inner exception dumps.</summary>
internal static class ErrorReporter
{
    /// <summary>How to get a token, appended to every "no or invalid token" line.</summary>
    public static readonly string TokenHint =
        $"set --token or {HubSettings.TokenVariable}; a hub in development mode on this machine accepts one from: chb token --role ROLE --agency CODE";

    /// <summary>Describes a failure; <paramref name="token"/> is the token the command presented, for messages only.</summary>
    public static (int ExitCode, string Message) Describe(Exception exception, string hub, string? token, DateTimeOffset now) => exception switch
    {
        CliUsageException usage => (ExitCodes.Usage, usage.Message),
        CliExitException exit => (exit.ExitCode, exit.Message),
        RpcException rpc => Describe(rpc, hub, token, now),
        HttpRequestException => (ExitCodes.CannotConnect, CannotReach(hub)),
        OperationCanceledException => (ExitCodes.Cancelled, "cancelled"),
        UnauthorizedAccessException or IOException => (ExitCodes.LocalFile, exception.Message),
        _ => (ExitCodes.Failed, $"unexpected {exception.GetType().Name}: {exception.Message}"),
    };

    private static (int, string) Describe(RpcException rpc, string hub, string? token, DateTimeOffset now)
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
            StatusCode.PermissionDenied => (ExitCodes.NotFoundOrDenied, Denied(detail, token)),
            StatusCode.Unauthenticated => (ExitCodes.Unauthenticated, Unauthenticated(token, now)),
            StatusCode.FailedPrecondition => (ExitCodes.Failed, $"the hub cannot do that: {detail}"),
            StatusCode.ResourceExhausted => (ExitCodes.Failed, $"over the hub's limits: {detail}"),
            StatusCode.DeadlineExceeded => (ExitCodes.Failed, $"the hub did not finish in time: {detail}"),
            StatusCode.Unimplemented => (ExitCodes.Failed, $"the hub at {hub} does not offer this command (an older hub?)"),
            StatusCode.Cancelled => (ExitCodes.Cancelled, "cancelled"),
            _ => (ExitCodes.Failed, $"the hub failed ({rpc.StatusCode}): {detail}"),
        };
    }

    /// <summary>No token, or one the hub refused: says which, and how to get one.</summary>
    public static string Unauthenticated(string? token, DateTimeOffset now)
    {
        if (token is null)
        {
            return $"no token: the hub wants one for this command; {TokenHint}";
        }

        var claims = TokenClaims.TryRead(token);
        if (claims?.Expires is { } expires && expires <= now)
        {
            return string.Create(CultureInfo.InvariantCulture, $"the token expired at {expires.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC; {TokenHint}");
        }

        return claims is null
            ? $"invalid token: the hub cannot read it as a hub token; {TokenHint}"
            : $"invalid token: the hub does not trust the {claims.Describe()} (signed with a key it does not know?); {TokenHint}";
    }

    /// <summary>
    /// A refusal by the hub. A role the RPC's policy does not admit arrives as a bare HTTP 403, so that one is
    /// described from the token; the hub's own refusals carry their reason.
    /// </summary>
    private static string Denied(string detail, string? token)
    {
        if (!detail.StartsWith("Bad gRPC response", StringComparison.Ordinal))
        {
            return $"permission denied: {detail}";
        }

        return TokenClaims.TryRead(token) is { } claims
            ? $"permission denied: the {claims.Describe()} may not do this"
            : "permission denied: the token's role may not do this";
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
