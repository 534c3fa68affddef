using System.Text.Json;
using Chb.Cli.Tests.Support;
using Chb.Tests.Shared;

namespace Chb.Cli.Tests.Commands;

/// <summary><c>chb adapters</c>, <c>status</c>, <c>quarantine</c> (as an admin) and <c>retract</c> (as a partner) against the real hub.</summary>
public sealed class AdminCommandTests : IAsyncLifetime
{
    private const string HousingRef = "SUB/2024/00007#Tenant#Hussain|Mohammed|1985-04-01";
    private static readonly Chb.Contracts.Security.HubPersona Housing = TestIdentity.Partner("BDC-HOUSING");
    private readonly CliHub _hub = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task Adapters_ListsTheThreeAdaptersAsTableAndJson()
    {
        var table = await _hub.RunAsync("adapters");
        var json = await _hub.RunAsync("adapters", "--json");

        Assert.Equal(0, table.ExitCode);
        string[] ids = ["env-enforcement-jsonl/1", "housing-cases-csv/1", "police-nominals-xml/1"];
        Assert.All(ids, id => Assert.Contains(id, table.Out, StringComparison.Ordinal));
        var result = JsonDocument.Parse(json.Out).RootElement;
        Assert.Equal(ids, result.GetProperty("adapters").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
        Assert.All(result.GetProperty("adapters").EnumerateArray(), a => Assert.Equal("healthy", a.GetProperty("health").GetString()));
        Assert.Equal(0, result.GetProperty("refused").GetArrayLength());
    }

    [Fact]
    public async Task Status_WithTheReceiptsLastSequence_CountsRecordsAndQuarantine()
    {
        var receipt = JsonDocument.Parse((await PushHousingAsync()).Out).RootElement;
        var sequence = receipt.GetProperty("lastSequence").GetUInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var run = await _hub.RunAsync("status", "--min-sequence", sequence, "--json");
        var table = await _hub.RunAsync("status");

        Assert.True(run.ExitCode == 0, run.ToString());
        var status = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal("Sqlite", status.GetProperty("provider").GetString());
        Assert.Equal(9, status.GetProperty("sourceRecords").GetInt64());
        Assert.Equal(1, status.GetProperty("quarantined").GetInt64());
        Assert.True(status.GetProperty("lastSequence").GetUInt64() >= ulong.Parse(sequence, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("Sqlite", table.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quarantine_LimitAndAgency_PagesThroughEveryEntry()
    {
        await PushHousingAsync();
        await _hub.RunAsync(TestIdentity.Partner("BDC-ENV"), "push", Samples.Path("env-enforcement.jsonl"), "--adapter", "env-enforcement-jsonl/1");
        await _hub.RunAsync(TestIdentity.Partner("WYP"), "push", Samples.Path("police-nominals.xml"), "--adapter", "police-nominals-xml/1");

        var all = JsonDocument.Parse((await _hub.RunAsync("quarantine", "--json")).Out).RootElement;
        var two = JsonDocument.Parse((await _hub.RunAsync("quarantine", "--limit", "2", "--json")).Out).RootElement;
        var rest = JsonDocument.Parse((await _hub.RunAsync("quarantine", "--page-token", two.GetProperty("nextPageToken").GetString()!, "--json")).Out).RootElement;
        var env = JsonDocument.Parse((await _hub.RunAsync("quarantine", "--agency", "BDC-ENV", "--json")).Out).RootElement;
        var table = await _hub.RunAsync("quarantine", "--agency", "WYP");

        Assert.Equal(4, all.GetProperty("entries").GetArrayLength());
        Assert.Equal(2, two.GetProperty("entries").GetArrayLength());
        Assert.Equal(Ids(all), Ids(two).Concat(Ids(rest)));
        Assert.Equal(2, env.GetProperty("entries").GetArrayLength());
        Assert.All(env.GetProperty("entries").EnumerateArray(), e => Assert.Equal("BDC-ENV", e.GetProperty("agency").GetString()));
        Assert.Contains("Nominal@pncId", table.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("BDC-ENV", table.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retract_KnownThenAgainThenUnknown_ReportsEachOutcomeAndExitsFourOnlyForNotFound()
    {
        await PushHousingAsync();

        var first = await _hub.RunAsync(Housing, "retract", HousingRef, "--agency", "BDC-HOUSING", "--reason", "entered in error", "--json");
        var again = await _hub.RunAsync(Housing, "retract", HousingRef, "--reason", "entered in error");
        var unknown = await _hub.RunAsync(Housing, "retract", "NO/SUCH#REF", "--reason", "entered in error");

        Assert.True(first.ExitCode == 0, first.ToString());
        var result = Assert.Single(JsonDocument.Parse(first.Out).RootElement.GetProperty("results").EnumerateArray());
        Assert.Equal("retracted", result.GetProperty("outcome").GetString());
        Assert.True(result.GetProperty("sequence").GetUInt64() > 0);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("already-retracted", again.Out, StringComparison.Ordinal);
        Assert.Equal(4, unknown.ExitCode);
        Assert.Contains("not-found", unknown.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_FromTheEnvironmentOrTheOption_IsSentAsBearerMetadata()
    {
        var seen = new List<string?>();
        using var recorder = new HeaderRecorder(_hub.CreateHandler(), seen);
        var (fromEnvironment, fromOption) = (TestIdentity.Token(TestIdentity.Admin()), TestIdentity.Token(TestIdentity.Admin("BDC-ENV")));

        var run = await CliRunner.RunAsync(recorder, ["--hub", _hub.Address, "status"], CliHub.Variables(fromEnvironment));
        var withOption = await CliRunner.RunAsync(recorder, ["--hub", _hub.Address, "--token", fromOption, "adapters"], CliHub.Variables(fromEnvironment));
        var without = await CliRunner.RunAsync(recorder, ["--hub", _hub.Address, "adapters"]);

        Assert.Equal([0, 0, 6], new[] { run.ExitCode, withOption.ExitCode, without.ExitCode });
        Assert.Equal([$"Bearer {fromEnvironment}", $"Bearer {fromOption}", null], seen);
    }

    private Task<CliRun> PushHousingAsync()
        => _hub.RunAsync(Housing, "push", Samples.Path("housing-cases.csv"), "--adapter", "housing-cases-csv/1", "--json");

    private static string?[] Ids(JsonElement listing)
        => [.. listing.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("quarantineId").GetString())];

    /// <summary>Sees the authorization header of each request on its way to the hub; changes nothing.</summary>
    private sealed class HeaderRecorder(HttpMessageHandler inner, List<string?> seen) : DelegatingHandler(inner)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            seen.Add(request.Headers.Authorization?.ToString());
            return base.SendAsync(request, cancellationToken);
        }
    }
}
