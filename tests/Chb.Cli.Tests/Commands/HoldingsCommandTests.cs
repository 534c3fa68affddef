using System.Text.Json;
using Chb.Cli.Tests.Support;
using Chb.Tests.Shared;

namespace Chb.Cli.Tests.Commands;

/// <summary><c>chb holdings</c> as a GAIN coordinator, and what every GAIN command answers another role, no purpose or no token.</summary>
public sealed class HoldingsCommandTests : IAsyncLifetime
{
    private const string Codes = "disruption-planning, safeguarding, investigation, gain-coordination, performance-review, audit, data-quality";

    /// <summary>The samples' references for Khan's records and the PNC ID one of them is built from: none may leave the hub.</summary>
    private static readonly string[] PartnerReferences = ["NOMINAL:", "2001/0123456F", "ASB/2024/00123", "#Perpetrator", "WC-2024-0031", "FT-2024-0457"];

    private readonly CliHub _hub = new();
    private readonly GainSite _site;

    public HoldingsCommandTests() => _site = new GainSite(_hub);

    public Task InitializeAsync() => _site.LoadAsync();

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task Holdings_Khan_ListsEachAgencysHoldingByHldReferenceAndNeverAPartnerReference()
    {
        var khan = await _site.Data.KhanAsync();

        var json = await _site.JsonAsync("holdings", "--nominal", khan);
        var run = await _site.ReadAsync(GainSite.Coordinator, "holdings", "--nominal", khan);

        Assert.Equal("nominal", json.GetProperty("subjectKind").GetString());
        Assert.Equal(khan, json.GetProperty("subjectId").GetString());
        var holdings = json.GetProperty("holdings").EnumerateArray().ToList();
        Assert.Contains(holdings, h => h.GetProperty("agency").GetString() == "WYP" && h.GetProperty("recordKind").GetString() == "police nominal");
        Assert.Contains(holdings, h => h.GetProperty("agency").GetString() == "BDC-HOUSING");
        Assert.All(holdings, h => Assert.Matches("^HLD-[0-9A-F]{16}$", h.GetProperty("holdingReference").GetString()!));
        Assert.All(holdings, h => Assert.Matches(@"^\d{4}-\d{2}$", h.GetProperty("latestMonth").GetString()!));
        Assert.Contains(holdings, h => h.GetProperty("agencyContact").GetString() == "WYP Programme Challenger desk, 101 ext 4410");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith($"Held on nominal {khan} by ", run.Out, StringComparison.Ordinal);
        Assert.All(holdings, h => Assert.Contains(h.GetProperty("holdingReference").GetString()!, run.Out, StringComparison.Ordinal));
        Assert.All(PartnerReferences, r => Assert.DoesNotContain(r, run.Out + json.GetRawText(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Holdings_ByOcg_ListsThePoliceHolding()
    {
        var json = await _site.JsonAsync("holdings", "--ocg", LroSite.KenmoreCrew);

        Assert.Contains(json.GetProperty("holdings").EnumerateArray(), h => h.GetProperty("agency").GetString() == "WYP");
    }

    [Theory]
    [InlineData("holdings", "--ocg", LroSite.KenmoreCrew)]
    [InlineData("site", "show", GainSite.KenmoreSite)]
    [InlineData("site", "baseline", GainSite.KenmoreSite)]
    [InlineData("ocg", "view", LroSite.KenmoreCrew)]
    public async Task GainRead_AsAnLroOrAPartner_ExitsFourWithOneLineNamingTheToken(params string[] args)
    {
        var lro = await _site.ReadAsync(LroSite.PoliceLro, args);
        var partner = await _site.ReadAsync(TestIdentity.Partner("BDC-HOUSING"), args);

        Assert.Equal([4, 4], new[] { lro.ExitCode, partner.ExitCode });
        Assert.Equal(string.Empty, lro.Out + partner.Out);
        Assert.Equal($"chb: permission denied: the lro token for WYP ({LroSite.PoliceLro.Subject}) may not do this", Assert.Single(lro.ErrorLines));
        Assert.Equal("chb: permission denied: the partner token for BDC-HOUSING (system:bdc-housing) may not do this", Assert.Single(partner.ErrorLines));
    }

    [Theory]
    [InlineData("holdings", "--ocg", LroSite.KenmoreCrew)]
    [InlineData("site", "show", GainSite.KenmoreSite)]
    public async Task GainRead_WithoutAPurpose_ExitsTwoListingTheCodes(params string[] args)
    {
        var run = await _hub.RunAsync(GainSite.Coordinator, args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains(Codes, Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GainRead_PurposeFromTheEnvironment_IsUsed()
    {
        var run = await _hub.RunWithVariablesAsync(
            GainSite.Coordinator, new Dictionary<string, string> { ["CHB_PURPOSE"] = GainSite.Purpose }, "holdings", "--ocg", LroSite.KenmoreCrew, "--min-sequence", _site.Data.MinSequence, "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.NotEqual(0, JsonDocument.Parse(run.Out).RootElement.GetProperty("holdings").GetArrayLength());
    }

    [Fact]
    public async Task Holdings_WithoutATokenOrASubject_ExitsSixOrTwo()
    {
        var anonymous = await _hub.RunWithTokenAsync(null, "holdings", "--ocg", LroSite.KenmoreCrew, "--purpose", GainSite.Purpose);
        var both = await _site.ReadAsync(GainSite.Coordinator, "holdings", "--ocg", LroSite.KenmoreCrew, "--nominal", "NOM-1");
        var neither = await _site.ReadAsync(GainSite.Coordinator, "holdings");

        Assert.Equal([6, 2, 2], new[] { anonymous.ExitCode, both.ExitCode, neither.ExitCode });
        Assert.StartsWith("chb: no token: ", Assert.Single(anonymous.ErrorLines), StringComparison.Ordinal);
        Assert.All([both, neither], r => Assert.StartsWith("chb: name one subject: --nominal HUB_ID, --location HUB_ID or --ocg OCG_REF", Assert.Single(r.ErrorLines), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Holdings_UnknownNominal_ExitsFour()
    {
        var run = await _site.ReadAsync(GainSite.Coordinator, "holdings", "--nominal", "NOM-0000000000000000");

        Assert.Equal(4, run.ExitCode);
        Assert.StartsWith("chb: not found: No nominal 'NOM-0000000000000000' is known to the hub", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }
}
