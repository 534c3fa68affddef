using Chb.Contracts.Security;
using Chb.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Chb.Cli.Tests.Support;

/// <summary>
/// The real hub in-process (its own SQLite file, the real plugins from this project's output), and the real
/// <c>chb</c> entry point run against it through the CLI's transport seam. The hub trusts the test identity
/// provider's key (<see cref="TestIdentity"/>); runs present a token of <see cref="DefaultPersona"/> unless told otherwise.
/// </summary>
public sealed class CliHub : WebApplicationFactory<global::Program>
{
    private readonly string _plugins;
    private readonly Lazy<string> _devKey = new(WriteDevKey);

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

    /// <summary>Gets the persona <see cref="RunAsync(string[])"/> acts as: an admin of WYP.</summary>
    public static HubPersona DefaultPersona { get; } = TestIdentity.Admin("WYP");

    /// <summary>Gets a file holding the key the hub trusts, as a hub in development mode writes it (for --dev-key).</summary>
    public string DevKeyPath => _devKey.Value;

    /// <summary>Runs chb as <see cref="DefaultPersona"/> (its token in CHB_TOKEN).</summary>
    public Task<CliRun> RunAsync(params string[] args) => RunAsync(DefaultPersona, args);

    /// <summary>Runs chb presenting a test token of <paramref name="persona"/>.</summary>
    public Task<CliRun> RunAsync(HubPersona persona, params string[] args) => RunWithTokenAsync(TestIdentity.Token(persona), args);

    /// <summary>Runs chb as <paramref name="persona"/> with further environment variables (such as CHB_PURPOSE).</summary>
    public Task<CliRun> RunWithVariablesAsync(HubPersona persona, IReadOnlyDictionary<string, string> variables, params string[] args)
    {
        var all = Variables(TestIdentity.Token(persona));
        foreach (var (name, value) in variables)
        {
            all[name] = value;
        }

        return CliRunner.RunAsync(Server.CreateHandler(), ["--hub", Address, .. args], all);
    }

    /// <summary>Runs chb as <paramref name="persona"/> until it ends or <paramref name="cancellationToken"/> cancels it (Ctrl+C).</summary>
    public Task<CliRun> RunAsync(HubPersona persona, TextWriter output, CancellationToken cancellationToken, params string[] args)
        => CliRunner.RunAsync(Server.CreateHandler(), ["--hub", Address, .. args], Variables(TestIdentity.Token(persona)), output, cancellationToken);

    /// <summary>Runs chb presenting exactly <paramref name="token"/> in CHB_TOKEN, or no token at all when null.</summary>
    public Task<CliRun> RunWithTokenAsync(string? token, params string[] args)
        => CliRunner.RunAsync(Server.CreateHandler(), ["--hub", Address, .. args], Variables(token));

    public Task<CliRun> RunAsync(HttpMessageHandler handler, params string[] args)
        => CliRunner.RunAsync(handler, ["--hub", Address, .. args], Variables(TestIdentity.Token(DefaultPersona)));

    public static Dictionary<string, string> Variables(string? token)
        => token is null ? [] : new() { ["CHB_TOKEN"] = token };

    public HttpMessageHandler CreateHandler() => Server.CreateHandler();

    /// <summary>Everything the store keeps on disk, as text, for "this value never reached the hub" checks.</summary>
    /// <summary>Every stored record body, read through SQLite.</summary>
    public string StoredBodies()
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT body FROM source_records";
        using var reader = command.ExecuteReader();
        var text = new System.Text.StringBuilder();
        while (reader.Read())
        {
            text.AppendLine(reader.GetString(0));
        }

        return text.ToString();
    }

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
        // Reads wait for the options projection behind linking (--min-sequence); a fixed checkpoint key keeps key files out of the tree.
        builder.UseSetting("Hub:Reads:MinSequenceWait", "00:00:30");
        builder.UseSetting("Hub:Linking:PollInterval", "00:00:00.050");
        builder.UseSetting("Hub:Audit:CheckpointKey", "dGVzdC1vbmx5LWNoZWNrcG9pbnQta2V5LTMyLWJ5dGVzISE=");
        foreach (var (name, value) in TestIdentity.HubSettings)
        {
            builder.UseSetting(name, value);
        }

        string[][] agencies =
        [
            ["WYP", "West Yorkshire Police", "Police", "WYP Programme Challenger desk, 101 ext 4410"],
            ["BDC-HOUSING", "Bradford Council Housing", "Housing", "Bradford Housing ASB team, 01274 000100"],
            ["BDC-ENV", "Bradford Council Environmental Services", "EnvironmentalServices", "Bradford Environmental Enforcement, 01274 000200"],
        ];
        for (var i = 0; i < agencies.Length; i++)
        {
            builder.UseSetting($"Hub:Agencies:{i}:Code", agencies[i][0]);
            builder.UseSetting($"Hub:Agencies:{i}:Name", agencies[i][1]);
            builder.UseSetting($"Hub:Agencies:{i}:Kind", agencies[i][2]);
            builder.UseSetting($"Hub:Agencies:{i}:Contact", agencies[i][3]);
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

        if (_devKey.IsValueCreated)
        {
            File.Delete(_devKey.Value);
        }
    }

    /// <summary>Writes the test key as base64 text, as the hub writes its development key.</summary>
    public static string WriteDevKey()
    {
        var path = Path.Combine(Path.GetTempPath(), "chb-cli-tests", $"{Guid.NewGuid():N}.key");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, TestIdentity.SigningKey + "\n");
        return path;
    }
}
