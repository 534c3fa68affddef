using Chb.Contracts.Security;
using Chb.Tests.Shared;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Chb.Hub.FunctionalTests.Support;

/// <summary>
/// The real hub in-process: real gRPC pipeline, real plugins from the test output's plugins folder, and
/// its own SQLite file, deleted when the factory is disposed.
/// </summary>
public sealed class HubFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public HubFactory()
        : this(new Dictionary<string, string?>())
    {
    }

    public HubFactory(IReadOnlyDictionary<string, string?> settings)
    {
        DatabasePath = Path.Combine(Path.GetTempPath(), "chb-tests", $"{Guid.NewGuid():N}.db");
        _settings = new Dictionary<string, string?>(TestSettings.Defaults(DatabasePath));
        foreach (var (key, value) in settings)
        {
            _settings[key] = value;
        }
    }

    public string DatabasePath { get; }

    public CapturedLogs Logs { get; } = new();

    /// <summary>A channel with no token: what an unauthenticated caller gets.</summary>
    public GrpcChannel CreateChannel() => TestIdentity.Channel(Server.BaseAddress, Server.CreateHandler(), null);

    /// <summary>A channel acting as <paramref name="persona"/>, with a valid token from the test identity provider.</summary>
    public GrpcChannel CreateChannel(HubPersona persona) => CreateChannel(TestIdentity.Token(persona));

    public GrpcChannel CreateChannel(string token) => TestIdentity.Channel(Server.BaseAddress, Server.CreateHandler(), token);

    /// <summary>A channel for the partner system of <paramref name="agency"/>.</summary>
    public GrpcChannel Partner(string agency) => CreateChannel(TestIdentity.Partner(agency));

    public GrpcChannel Admin() => CreateChannel(TestIdentity.Admin());

    public GrpcChannel Analyst() => CreateChannel(TestIdentity.Analyst());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(DatabasePath + suffix);
        }
    }
}
