using Chb.Contracts.V1;
using Grpc.Core;
using Grpc.Net.Client;
using Polly;

namespace Chb.Cli;

/// <summary>One channel to the hub, the caller's metadata, and the retry that covers connecting.</summary>
internal sealed class HubConnection : IDisposable
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(5);

    private readonly GrpcChannel _channel;
    private readonly Metadata _headers = [];

    public HubConnection(Uri address, string? token, CliEnvironment env)
    {
        Address = address;
        var handler = env.HttpHandler;
        _channel = GrpcChannel.ForAddress(address, new GrpcChannelOptions
        {
            HttpHandler = handler ?? new SocketsHttpHandler { ConnectTimeout = ConnectTimeout, EnableMultipleHttp2Connections = true },
            DisposeHttpClient = handler is null,
            MaxReceiveMessageSize = 64 << 20,
        });
        if (token is not null)
        {
            _headers.Add("authorization", $"Bearer {token}");
        }

        Retry = ConnectRetry.Create(env.Time);
    }

    public Uri Address { get; }

    /// <summary>Gets the pipeline that retries a call the hub never received (the connection could not be made).</summary>
    public ResiliencePipeline Retry { get; }

    public Ingest.IngestClient Ingest => new(_channel);

    public Admin.AdminClient Admin => new(_channel);

    public Disruption.DisruptionClient Disruption => new(_channel);

    public Audit.AuditClient Audit => new(_channel);

    public Gain.GainClient Gain => new(_channel);

    public CallOptions Options(CancellationToken cancellationToken) => new(headers: _headers, cancellationToken: cancellationToken);

    /// <summary>Makes a unary call, retrying only while the hub cannot be connected to.</summary>
    public async Task<T> CallAsync<T>(Func<Admin.AdminClient, Ingest.IngestClient, CallOptions, AsyncUnaryCall<T>> call, CancellationToken cancellationToken)
        => await Retry.ExecuteAsync(
            static async (state, token) => await state.call(state.self.Admin, state.self.Ingest, state.self.Options(token)),
            (call, self: this),
            cancellationToken);

    /// <summary>Makes a unary call on any client, retrying only while the hub cannot be connected to.</summary>
    public async Task<T> CallAsync<T>(Func<CallOptions, AsyncUnaryCall<T>> call, CancellationToken cancellationToken)
        => await Retry.ExecuteAsync(
            static async (state, token) => await state.call(state.self.Options(token)),
            (call, self: this),
            cancellationToken);

    public void Dispose() => _channel.Dispose();
}
