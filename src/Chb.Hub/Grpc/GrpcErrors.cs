using System.Diagnostics.CodeAnalysis;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace Chb.Hub.Grpc;

/// <summary>The hub's expected failures as gRPC statuses, thrown from one place so handlers stay linear.</summary>
internal static class GrpcErrors
{
    /// <summary>INVALID_ARGUMENT with a google.rpc.BadRequest naming the field.</summary>
    [DoesNotReturn]
    public static void ThrowBadRequest(string field, string description) => throw BadRequest((field, description));

    public static RpcException BadRequest(params (string Field, string Description)[] violations)
    {
        var request = new BadRequest();
        request.FieldViolations.AddRange(violations.Select(v => new BadRequest.Types.FieldViolation { Field = v.Field, Description = v.Description }));
        var status = new Google.Rpc.Status
        {
            Code = (int)Code.InvalidArgument,
            Message = violations.Length == 1 ? $"{violations[0].Field}: {violations[0].Description}" : "The request has invalid fields.",
            Details = { Any.Pack(request) },
        };
        return status.ToRpcException();
    }

    [DoesNotReturn]
    public static void Throw(StatusCode code, string message) => throw new RpcException(new global::Grpc.Core.Status(code, message));
}
