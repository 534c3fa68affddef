using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Chb.Cli.Tests.Support;

/// <summary>
/// The real hub in-process (its own SQLite file, the real plugins from this project's output), and the real
/// <c>chb</c> entry point run against it through the CLI's transport seam.
/// </summary>
public sealed class CliHub : WebApplicationFactory<global::Program>
{
    private readonly string _plugins;

    public CliHub()
        : this(Path.Combine(AppContext.BaseDirectory, "plugins"))
    {
    }

    public CliHub(string pluginDirectory)
    {
        _plugins = pluginDirectory;
        DatabasePath = Path.Combine(Path.GetTempPath(), "chb-cli-tests", $"{Guid.NewGuid():N}.db");
    }

    public string DatabasePath { get; }

    /// <summary>The address the CLI is given; the in-process transport answers whatever the address.</summary>
    public string Address => Server.BaseAddress.ToString().TrimEnd('/');

    public Task<CliRun> RunAsync(params string[] args) => CliRunner.RunAsync(Server.CreateHandler(), ["--hub", Address, .. args]);

    public Task<CliRun> RunAsync(HttpMessageHandler handler, params string[] args) => CliRunner.RunAsync(handler, ["--hub", Address, .. args]);

    public HttpMessageHandler CreateHandler() => Server.CreateHandler();

    /// <summary>Everything the store keeps on disk, as text, for "this value never reached the hub" checks.</summary>
    public string StoreFileText()
        => string.Concat(new[] { string.Empty, "-wal" }
            .Select(suffix => DatabasePath + suffix)
            .Where(File.Exists)
            .Select(path => System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(path))));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Hub:Storage:SqlitePath", DatabasePath);
        builder.UseSetting("Hub:Adapters:Directory", _plugins);
        string[][] agencies = [["WYP", "West Yorkshire Police", "Police"], ["BDC-HOUSING", "Bradford Council Housing", "Housing"], ["BDC-ENV", "Bradford Council Environmental Services", "EnvironmentalServices"]];
        for (var i = 0; i < agencies.Length; i++)
        {
            builder.UseSetting($"Hub:Agencies:{i}:Code", agencies[i][0]);
            builder.UseSetting($"Hub:Agencies:{i}:Name", agencies[i][1]);
            builder.UseSetting($"Hub:Agencies:{i}:Kind", agencies[i][2]);
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
