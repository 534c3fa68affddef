using Chb.Contracts.V1;
using Chb.Contracts.Security;
using Chb.Tests.Shared;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Chb.Hub.StorageTests.Support;

/// <summary>The real hub in-process (gRPC pipeline, DI container, store) on a test database; no plugins.</summary>
public sealed class StorageHub(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    public const string Police = "WYP";
    public const string Housing = "BDC-HOUSING";
    public const string Environment = "BDC-ENV";

    private static readonly Dictionary<string, string?> Defaults = new(TestIdentity.HubSettings)
    {
        ["Hub:Agencies:0:Code"] = Police,
        ["Hub:Agencies:0:Name"] = "West Yorkshire Police",
        ["Hub:Agencies:0:Kind"] = "Police",
        ["Hub:Agencies:1:Code"] = Housing,
        ["Hub:Agencies:1:Name"] = "Bradford Council Housing",
        ["Hub:Agencies:1:Kind"] = "Housing",
        ["Hub:Agencies:2:Code"] = Environment,
        ["Hub:Agencies:2:Name"] = "Bradford Council Environmental Services",
        ["Hub:Agencies:2:Kind"] = "EnvironmentalServices",
        ["Hub:Adapters:Directory"] = Path.Combine(Path.GetTempPath(), "chb-storage-tests", "no-plugins"),
        ["Hub:Reads:MinSequenceWait"] = "00:00:00.300",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    /// <summary>Gets what this hub logged at Warning and above (the configured minimum).</summary>
    public CapturedLogs Logs { get; } = new();

    public GrpcChannel CreateChannel(HubPersona persona) => TestIdentity.Channel(Server.BaseAddress, Server.CreateHandler(), TestIdentity.Token(persona));

    /// <summary>The ingest client of <paramref name="agency"/>'s partner system.</summary>
    public Contracts.V1.Ingest.IngestClient Ingest(string agency) => new(CreateChannel(TestIdentity.Partner(agency)));

    public Admin.AdminClient Admin() => new(CreateChannel(TestIdentity.Admin()));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in Defaults)
        {
            builder.UseSetting(key, value);
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(Logs));
    }
}
