using Chb.Contracts.Security;
using Grpc.Core;
using Grpc.Net.Client;

namespace Chb.Tests.Shared;

/// <summary>
/// The identity provider of the test suites: one fixed signing key that every test hub trusts, and tokens
/// minted with it for any persona. Tokens go through the hub's real bearer validation.
/// </summary>
public static class TestIdentity
{
    /// <summary>The base64 key test hubs are configured with (Hub:Auth:SigningKeys:0).</summary>
    public const string SigningKey = "dGVzdC1vbmx5LWlkZW50aXR5LXByb3ZpZGVyLWtleS0zMg==";

    public const string Issuer = HubDevelopmentKey.Issuer;

    public const string Audience = HubDevelopmentKey.Audience;

    /// <summary>Gets the settings that make a hub trust <see cref="SigningKey"/> (development mode off).</summary>
    public static IReadOnlyDictionary<string, string?> HubSettings { get; } = new Dictionary<string, string?>
    {
        ["Hub:Auth:SigningKeys:0"] = SigningKey,
        ["Hub:Auth:DevelopmentMode"] = "false",
    };

    public static HubPersona Partner(string agency) => new($"system:{agency.ToLowerInvariant()}", HubRoles.Partner, agency);

    public static HubPersona Admin(string agency = "WYP") => new("admin.user", HubRoles.Admin, agency);

    public static HubPersona Analyst(string agency = "WYP") => new($"analyst.{agency.ToLowerInvariant()}", HubRoles.Analyst, agency);

    public static HubPersona Auditor(string agency = "WYP") => new("auditor.user", HubRoles.Auditor, agency);

    public static HubPersona Gain(string agency = "WYP", params string[] sites) => new("gain.coordinator", HubRoles.Gain, agency) { Sites = sites };

    public static HubPersona Lro(string agency, params string[] ocgs) => new($"lro.{agency.ToLowerInvariant()}", HubRoles.Lro, agency) { Ocgs = ocgs };

    /// <summary>Mints a token signed with <see cref="SigningKey"/> (or another key, to play an attacker).</summary>
    public static string Token(HubPersona persona, TimeSpan? lifetime = null, byte[]? key = null, DateTimeOffset? now = null)
        => HubTokens.Mint(persona, key ?? Convert.FromBase64String(SigningKey), Issuer, Audience, now ?? TimeProvider.System.GetUtcNow(), lifetime ?? TimeSpan.FromHours(1));

    /// <summary>A channel whose every call carries <paramref name="token"/> (none when null).</summary>
    public static GrpcChannel Channel(Uri address, HttpMessageHandler? handler, string? token)
    {
        var options = new GrpcChannelOptions { HttpHandler = handler, MaxReceiveMessageSize = 64 << 20, MaxSendMessageSize = 64 << 20 };
        if (token is not null)
        {
            options.Credentials = ChannelCredentials.Create(
                address.Scheme == Uri.UriSchemeHttps ? ChannelCredentials.SecureSsl : ChannelCredentials.Insecure,
                CallCredentials.FromInterceptor((_, metadata) =>
                {
                    metadata.Add("Authorization", $"Bearer {token}");
                    return Task.CompletedTask;
                }));
            options.UnsafeUseInsecureChannelCallCredentials = true;
        }

        return GrpcChannel.ForAddress(address, options);
    }
}
