using System.Text.Json;
using Chb.Cli.Tests.Support;

namespace Chb.Cli.Tests.Commands;

/// <summary><c>chb ocg show</c>, <c>chb location show</c> and <c>chb outcome record</c> as the Kenmore Crew's LROs.</summary>
public sealed class OptionsCommandTests : IAsyncLifetime
{
    private readonly CliHub _hub = new();
    private readonly LroSite _site;

    public OptionsCommandTests() => _site = new LroSite(_hub);

    public Task InitializeAsync() => _site.PushAllAsync();

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task OcgShow_KenmoreCrew_ListsMembersPlacesOptionsAndBalance()
    {
        var run = await _site.ReadAsync(LroSite.PoliceLro, "ocg", "show", LroSite.KenmoreCrew);
        var json = JsonDocument.Parse((await _site.ReadAsync(LroSite.PoliceLro, "ocg", "show", LroSite.KenmoreCrew, "--json")).Out).RootElement;

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith($"{LroSite.KenmoreCrew} Kenmore Crew (MoRiLE 148)", run.Out, StringComparison.Ordinal);
        Assert.Contains("Imran Khan", run.Out, StringComparison.Ordinal);
        Assert.Contains("Dean Holt", run.Out, StringComparison.Ordinal);
        Assert.Contains("100051000001", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"4P balance: Pursue \d+, Prevent \d+, Protect \d+, Prepare \d+", run.Out);
        Assert.Equal("Kenmore Crew", json.GetProperty("ocgName").GetString());
        Assert.Contains(json.GetProperty("members").EnumerateArray(), m => m.GetProperty("displayName").GetString() == "Imran Khan");
        Assert.Contains(json.GetProperty("options").EnumerateArray(), o => o.GetProperty("tacticId").GetString() == "R1");
        var live = json.GetProperty("options").EnumerateArray().Count(o => o.GetProperty("status").GetString() is "open" or "in-progress"
            && o.GetProperty("strands").EnumerateArray().Any(s => s.GetString() == "pursue"));
        Assert.Equal(live, json.GetProperty("balance").EnumerateArray().Single(b => b.GetProperty("strand").GetString() == "pursue").GetProperty("openOptions").GetInt32());
    }

    [Fact]
    public async Task LocationShow_ByUprn_OffersClosureOfTheCuckooedFlat()
    {
        var run = await _site.ReadAsync(LroSite.PoliceLro, "location", "show", "--uprn", "100051000001");
        var json = JsonDocument.Parse((await _site.ReadAsync(LroSite.PoliceLro, "location", "show", "--uprn", "100051000001", "--json")).Out).RootElement;
        var byId = await _site.ReadAsync(LroSite.PoliceLro, "location", "show", json.GetProperty("location").GetProperty("hubId").GetString()!, "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("100051000001", run.Out, StringComparison.Ordinal);
        Assert.Contains(json.GetProperty("options").EnumerateArray(), o => o.GetProperty("tacticId").GetString() == "R1");
        Assert.Equal(json.GetProperty("location").GetProperty("hubId").GetString(), JsonDocument.Parse(byId.Out).RootElement.GetProperty("location").GetProperty("hubId").GetString());
    }

    [Fact]
    public async Task OcgShow_NotAssignedToTheCaller_ExitsNotFound()
    {
        var run = await _site.ReadAsync(LroSite.PoliceLro, "ocg", "show", LroSite.LeedsRoadGroup);

        Assert.Equal(4, run.ExitCode);
        Assert.StartsWith($"chb: not found: No OCG '{LroSite.LeedsRoadGroup}' is known to you", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutcomeRecord_ThenShow_ShowsTheInterventionInTheHistoryAndTheNewStatus()
    {
        var khan = await _site.KhanAsync();
        var warrant = LroSite.Option(await _site.NominalAsync(khan), "X5").GetProperty("opportunityId").GetString()!;
        string[] record = ["outcome", "record", warrant, "--grade", "major", "--summary", "Arrested at the flat; remanded", "--status", "done", "--request-id", "req-1"];

        var run = await _site.ReadAsync(LroSite.PoliceLro, record);
        var retried = await _site.ReadAsync(LroSite.PoliceLro, [.. record, "--json"]);
        var show = await _site.ReadAsync(LroSite.PoliceLro, "nominal", "show", khan);
        var after = await _site.NominalAsync(khan);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"on {warrant} (X5): major disruption, now done.", run.Out, StringComparison.Ordinal);
        Assert.Contains("Request id req-1: a retry with --request-id req-1 records it once.", run.Out, StringComparison.Ordinal);
        var result = JsonDocument.Parse(retried.Out).RootElement;
        var interventionId = result.GetProperty("intervention").GetProperty("interventionId").GetString()!;
        Assert.Contains(interventionId, run.Out, StringComparison.Ordinal);
        Assert.True(result.GetProperty("sequence").GetUInt64() > 0);
        Assert.Equal("done", LroSite.Option(after, "X5").GetProperty("status").GetString());
        var history = Assert.Single(after.GetProperty("history").EnumerateArray());
        Assert.Equal(interventionId, history.GetProperty("interventionId").GetString());
        Assert.Equal("major", history.GetProperty("assessedDisruption").GetString());
        Assert.Contains("History of interventions:", show.Out, StringComparison.Ordinal);
        Assert.Contains("Arrested at the flat; remanded", show.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutcomeRecord_WithoutARequestId_MakesOneAndPrintsIt()
    {
        var khan = await _site.KhanAsync();
        var seizure = LroSite.Option(await _site.NominalAsync(khan), "V4").GetProperty("opportunityId").GetString()!;

        var run = await _site.ReadAsync(LroSite.PoliceLro, "outcome", "record", seizure, "--grade", "moderate", "--summary", "Vehicle seized", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var result = JsonDocument.Parse(run.Out).RootElement;
        Assert.True(Guid.TryParse(result.GetProperty("requestId").GetString(), out _));
        Assert.Equal("in-progress", result.GetProperty("intervention").GetProperty("newStatus").GetString());
    }

    [Fact]
    public async Task OutcomeRecord_OnAnUnknownOpportunity_ExitsNotFound()
    {
        var run = await _site.ReadAsync(LroSite.PoliceLro, "outcome", "record", "OPP-0000000000000000", "--grade", "none", "--summary", "x");

        Assert.Equal(4, run.ExitCode);
        Assert.StartsWith("chb: not found: No opportunity 'OPP-0000000000000000'", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }
}
