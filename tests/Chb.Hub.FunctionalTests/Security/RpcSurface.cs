using Google.Protobuf.Reflection;
using Grpc.Core;
using Grpc.Net.Client;

namespace Chb.Hub.FunctionalTests.Security;

/// <summary>Every RPC the contract declares, and a way to call any of them with raw bytes, whatever its shape.</summary>
public static class RpcSurface
{
    private static readonly Marshaller<byte[]> Raw = Marshallers.Create(b => b, b => b);

    public static IReadOnlyList<MethodDescriptor> Methods { get; } =
    [
        .. new[]
        {
            Contracts.V1.IngestReflection.Descriptor,
            Contracts.V1.AdminReflection.Descriptor,
            Contracts.V1.AuditReflection.Descriptor,
            Contracts.V1.DisruptionReflection.Descriptor,
            Contracts.V1.GainReflection.Descriptor,
        }.SelectMany(f => f.Services).SelectMany(s => s.Methods),
    ];

    public static string Name(MethodDescriptor method) => $"{method.Service.Name}.{method.Name}";

    /// <summary>Calls <paramref name="method"/> with <paramref name="body"/> (one message) and answers the status it ended with.</summary>
    public static async Task<Status> CallAsync(GrpcChannel channel, MethodDescriptor method, byte[]? body = null)
    {
        body ??= [];
        var type = (method.IsClientStreaming, method.IsServerStreaming) switch
        {
            (false, false) => MethodType.Unary,
            (true, false) => MethodType.ClientStreaming,
            (false, true) => MethodType.ServerStreaming,
            _ => MethodType.DuplexStreaming,
        };
        var rpc = new Method<byte[], byte[]>(type, method.Service.FullName, method.Name, Raw, Raw);
        var options = new CallOptions(deadline: TimeProvider.System.GetUtcNow().UtcDateTime.AddSeconds(20));
        var invoker = channel.CreateCallInvoker();
        try
        {
            switch (type)
            {
                case MethodType.Unary:
                    await invoker.AsyncUnaryCall(rpc, null, options, body);
                    break;
                case MethodType.ServerStreaming:
                    using (var call = invoker.AsyncServerStreamingCall(rpc, null, options, body))
                    {
                        await call.ResponseStream.MoveNext(CancellationToken.None);
                    }

                    break;
                case MethodType.ClientStreaming:
                    using (var call = invoker.AsyncClientStreamingCall(rpc, null, options))
                    {
                        await call.RequestStream.CompleteAsync();
                        await call.ResponseAsync;
                    }

                    break;
                default:
                    using (var call = invoker.AsyncDuplexStreamingCall(rpc, null, options))
                    {
                        await call.RequestStream.CompleteAsync();
                        while (await call.ResponseStream.MoveNext(CancellationToken.None))
                        {
                        }
                    }

                    break;
            }

            return Status.DefaultSuccess;
        }
        catch (RpcException ex)
        {
            return ex.Status;
        }
    }
}
