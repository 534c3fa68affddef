using Chb.Contracts.Security;
using Chb.Contracts.V1;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;

namespace Chb.Bench.Query;

/// <summary>Bearer tokens minted with the bench's own signing key, which the hub it starts trusts (and nothing else).</summary>
internal sealed class Identity
{
    private readonly byte[] _key;

    public Identity()
        : this(Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)))
    {
    }

    /// <summary>An identity provider with a known key: that of a hub this tool started earlier (--attach).</summary>
    public Identity(string base64Key) => _key = Convert.FromBase64String(base64Key);

    public string SigningKey => Convert.ToBase64String(_key);

    public string Token(HubPersona persona)
        => HubTokens.Mint(persona, _key, HubDevelopmentKey.Issuer, HubDevelopmentKey.Audience, TimeProvider.System.GetUtcNow(), TimeSpan.FromHours(24));

    public static HubPersona Partner(string agency) => new($"system:{agency.ToLowerInvariant()}", HubRoles.Partner, agency);

    public static HubPersona Lro(int site, IReadOnlyList<string> ocgs) => new($"lro.bench.{site}", HubRoles.Lro, "WYP") { Ocgs = ocgs };

    public static Metadata Bearer(string token) => new() { { "authorization", $"Bearer {token}" } };
}

/// <summary>Pushes, the projection wait and the LRO's view, as a partner system and an LRO would do them.</summary>
internal static class HubClient
{
    public static readonly ReadOptions Purpose = new() { Purpose = new QueryPurpose { Code = PurposeCode.DisruptionPlanning, Justification = "Chb.Bench.Query" } };

    public static GrpcChannel Channel(Uri address) => GrpcChannel.ForAddress(address, new GrpcChannelOptions
    {
        HttpHandler = new SocketsHttpHandler
        {
            EnableMultipleHttp2Connections = false,
            PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
        },
        MaxReceiveMessageSize = 64 << 20,
        MaxSendMessageSize = 64 << 20,
    });

    /// <summary>Streams a file in 64 KiB chunks as the agency's partner system; answers the summary and the first rejection.</summary>
    public static async Task<(PushSummary Summary, RowRejection? FirstRejection)> PushAsync(Uri hub, string token, PartnerFile file)
    {
        using var channel = Channel(hub);
        using var call = new Contracts.V1.Ingest.IngestClient(channel).Push(Identity.Bearer(token));
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
        await call.RequestStream.WriteAsync(new PushRequest { Start = new PushStart { Agency = file.Agency, AdapterId = file.Adapter, FileName = Path.GetFileName(file.Path) } });
        await using (var stream = File.OpenRead(file.Path))
        {
            var buffer = new byte[64 * 1024];
            int n;
            while ((n = await stream.ReadAsync(buffer)) > 0)
            {
                await call.RequestStream.WriteAsync(new PushRequest { Chunk = new FileChunk { Data = ByteString.CopyFrom(buffer, 0, n) } });
            }
        }

        await call.RequestStream.WriteAsync(new PushRequest { Complete = new PushComplete() });
        await call.RequestStream.CompleteAsync();
        return await reading;
    }

    /// <summary>
    /// Asks for an OCG's options with min_sequence until the hub answers (it says Unavailable while the opportunity
    /// projection is behind). Answers the response.
    /// </summary>
    public static async Task<OcgOptionsResponse> OcgOptionsAsync(GrpcChannel channel, string token, string ocg, ulong minSequence, TimeSpan patience)
    {
        var client = new Disruption.DisruptionClient(channel);
        var options = new ReadOptions(Purpose) { MinSequence = minSequence };
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return await client.GetOcgOptionsAsync(new GetOcgOptionsRequest { Options = options, OcgReference = ocg }, Identity.Bearer(token), deadline: null);
            }
            catch (RpcException ex) when (ex.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded && waited.Elapsed < patience)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250));
            }
        }
    }
}
