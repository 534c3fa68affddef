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

    public GrpcChannel CreateChannel() => GrpcChannel.ForAddress(
        Server.BaseAddress,
        new GrpcChannelOptions { HttpHandler = Server.CreateHandler(), MaxReceiveMessageSize = 64 << 20, MaxSendMessageSize = 64 << 20 });

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
