using System.Text.Json;
using Chb.Cli.Tests.Support;
using Chb.Tests.Shared;

namespace Chb.Cli.Tests.Commands;

/// <summary><c>chb nominal search|show</c> as LROs against the real hub holding the three partner samples.</summary>
public sealed class NominalCommandTests : IAsyncLifetime
{
    private const string Codes = "disruption-planning, safeguarding, investigation, gain-coordination, performance-review, audit, data-quality";
    private const string KhanPnc = "2001/0123456F";
    private readonly CliHub _hub = new();
    private readonly LroSite _site;

    public NominalCommandTests() => _site = new LroSite(_hub);

    public Task InitializeAsync() => _site.PushAllAsync();

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task Search_ByName_FindsKhanWithHisDateOfBirthAgenciesAndPnc()
    {
        var run = await _site.ReadAsync(LroSite.PoliceLro, "nominal", "search", "--name", "Khan");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(string.Empty, run.Error);
        var row = Assert.Single(run.Out.Split('\n'), l => l.Contains("Imran Khan", StringComparison.Ordinal));
        Assert.Contains("1990-11-02", row, StringComparison.Ordinal);
        Assert.Contains("WYP", row, StringComparison.Ordinal);
        Assert.Contains($"yes, PNC {KhanPnc}", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_Khan_ListsTheWarrantTheUninsuredVehicleSeizureAndThe4PBalance()
    {
        var khan = await _site.KhanAsync();

        var run = await _site.ReadAsync(LroSite.PoliceLro, "nominal", "show", khan);
        var json = await _site.NominalAsync(khan);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"Imran Khan ({khan})", run.Out, StringComparison.Ordinal);
        Assert.Contains(KhanPnc, run.Out, StringComparison.Ordinal);
        Assert.Contains("Options, ranked:", run.Out, StringComparison.Ordinal);
        Assert.Contains("X5 Arrest on warrant", run.Out, StringComparison.Ordinal);
        Assert.Contains("V4 Seizure of an uninsured vehicle", run.Out, StringComparison.Ordinal);
        Assert.Contains("165A", run.Out, StringComparison.Ordinal);
        Assert.Contains("Why each option is offered:", run.Out, StringComparison.Ordinal);
        Assert.Contains("Live options by CHB phase and 4P strand:", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"4P balance: Pursue \d+, Prevent \d+, Protect \d+, Prepare \d+", run.Out);
        Assert.Contains("History: no interventions recorded yet.", run.Out, StringComparison.Ordinal);
        var seizure = LroSite.Option(json, "V4");
        Assert.Contains("165A", seizure.GetProperty("statute").GetString(), StringComparison.Ordinal);
        Assert.Equal("open", seizure.GetProperty("status").GetString());
        Assert.Equal("WYP", LroSite.Option(json, "X5").GetProperty("owningAgency").GetString());
        Assert.Equal(["pursue", "prevent", "protect", "prepare"], json.GetProperty("balance").EnumerateArray().Select(b => b.GetProperty("strand").GetString()));
        Assert.Equal(KhanPnc, json.GetProperty("nominal").GetProperty("pncId").GetString());
    }

    [Fact]
    public async Task Show_AsHousingLro_ShowsThePncAsWithheldWithItsReasonAndNeverTheValue()
    {
        var khan = await _site.KhanAsync();

        var search = await _site.ReadAsync(LroSite.HousingLro, "nominal", "search", "--name", "Khan");
        var run = await _site.ReadAsync(LroSite.HousingLro, "nominal", "show", khan);
        var json = await _site.NominalAsync(khan, LroSite.HousingLro);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("yes, PNC withheld: criminal record identifier", search.Out, StringComparison.Ordinal);
        Assert.Contains("withheld: criminal record identifier (consult the police force that holds the record)", Line(run, "PNC ID"), StringComparison.Ordinal);
        Assert.Contains("withheld: criminal record identifier", Line(run, "CRO number"), StringComparison.Ordinal);
        Assert.DoesNotContain(KhanPnc, run.Out + search.Out, StringComparison.Ordinal);
        // Police intelligence reaches another agency sanitised: every withheld field says why, and whom to consult.
        Assert.Contains("withheld: owner only", run.Out, StringComparison.Ordinal);
        Assert.Contains("withheld: handling conditions", run.Out, StringComparison.Ordinal);
        Assert.Contains("consult WYP Programme Challenger desk", run.Out, StringComparison.Ordinal);
        // Options another agency owns that could alert a live operation's subjects show whom to contact, not why.
        Assert.Contains("│ deconfliction:", run.Out, StringComparison.Ordinal);
        var seizure = LroSite.Option(json, "V4");
        Assert.Equal("WYP Programme Challenger desk, 101 ext 4410", seizure.GetProperty("deconflictionContact").GetString());
        Assert.Equal(string.Empty, seizure.GetProperty("rationale").GetString());
        Assert.DoesNotContain($": {LroSite.Option(await _site.NominalAsync(khan), "V4").GetProperty("rationale").GetString()}", run.Out, StringComparison.Ordinal);
        var nominal = json.GetProperty("nominal");
        Assert.Equal(string.Empty, nominal.GetProperty("pncId").GetString());
        Assert.Contains(nominal.GetProperty("withheld").EnumerateArray(), w => w.GetProperty("field").GetString() == "pnc_id" && w.GetProperty("reason").GetString() == "criminal-record-identifier");
    }

    [Fact]
    public async Task Show_AsLroOfAnotherOcg_ExitsNotFoundWithTheHubsMessage()
    {
        var khan = await _site.KhanAsync();

        var run = await _site.ReadAsync(TestIdentity.Lro("WYP", LroSite.LeedsRoadGroup), "nominal", "show", khan);

        Assert.Equal(4, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"chb: not found: No nominal '{khan}' is known to you", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("--purpose", "curiosity:just looking")]
    [InlineData("--purpose", "disruption-planning")]
    public async Task Read_WithoutAValidPurpose_ExitsTwoWithOneLineListingTheCodes(params string[] purpose)
    {
        var run = await _hub.RunAsync(LroSite.PoliceLro, ["nominal", "search", "--name", "Khan", .. purpose]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("chb: ", line, StringComparison.Ordinal);
        Assert.True(line.Contains(Codes, StringComparison.Ordinal) || line.Contains("needs a justification", StringComparison.Ordinal), line);
    }

    [Fact]
    public async Task Read_PurposeFromTheEnvironment_IsUsedAndAudited()
    {
        var run = await _hub.RunWithVariablesAsync(
            LroSite.PoliceLro, new Dictionary<string, string> { ["CHB_PURPOSE"] = "safeguarding:Referral 42" }, "nominal", "search", "--name", "Khan", "--min-sequence", _site.MinSequence);
        var audit = await _hub.RunAsync(TestIdentity.Auditor(), "audit", "query", "--actor", LroSite.PoliceLro.Subject, "--purpose", "audit:Quarterly check", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Imran Khan", run.Out, StringComparison.Ordinal);
        var entry = Assert.Single(JsonDocument.Parse(audit.Out).RootElement.GetProperty("entries").EnumerateArray());
        Assert.Equal("Disruption.SearchNominals SAFEGUARDING: Referral 42", entry.GetProperty("purpose").GetString());
    }

    [Fact]
    public async Task Search_WithNothingToSearchFor_ExitsTwo()
    {
        var run = await _site.ReadAsync(LroSite.PoliceLro, "nominal", "search");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("chb: give --name, --dob or --identifier to search for", Assert.Single(run.ErrorLines));
    }

    private static string Line(CliRun run, string text)
        => run.Out.Split('\n').FirstOrDefault(l => l.Contains(text, StringComparison.Ordinal)) ?? throw new Xunit.Sdk.XunitException($"no line with '{text}' in:\n{run.Out}");
}
