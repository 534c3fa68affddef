using System.Text.Json;
using System.Xml.Linq;
using Chb.Cli.Tests.Support;
using Chb.Tests.Shared;

namespace Chb.Cli.Tests.Demo;

/// <summary>
/// <c>chb demo load</c> into a fresh hub: with the development key (here the test key, as the hub would write it)
/// each file is pushed by its own agency's partner, every file pushes as intended, and no protected value is stored.
/// </summary>
public sealed class DemoLoadTests : IAsyncLifetime
{
    private readonly CliHub _hub = new();
    private readonly TempDirectory _folder = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _hub.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Load_GeneratedSite_AcceptsEveryGoodRowRejectsTheBadOnesAndStoresNoProtectedValue()
    {
        var manifest = JsonDocument.Parse((await CliRunner.RunAsync(null, ["demo", "generate", "--out", _folder.Path, "--people", "150", "--seed", "3", "--json"])).Out).RootElement;

        var run = await _hub.RunAsync("demo", "load", "--dir", _folder.Path, "--dev-key", _hub.DevKeyPath, "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var result = JsonDocument.Parse(run.Out).RootElement;
        var receipts = result.GetProperty("receipts").EnumerateArray().ToList();
        Assert.Equal(
            ["WYP dev:partner:wyp partner", "BDC-HOUSING dev:partner:bdc-housing partner", "BDC-ENV dev:partner:bdc-env partner"],
            result.GetProperty("pushedBy").EnumerateArray().Select(p => $"{p.GetProperty("agency")} {p.GetProperty("subject")} {p.GetProperty("role")}"));
        Assert.Equal(0, result.GetProperty("skipped").GetArrayLength());
        var files = manifest.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(files.Select(f => f.GetProperty("name").GetString()), receipts.Select(r => r.GetProperty("file").GetString()));
        foreach (var (file, receipt) in files.Zip(receipts))
        {
            var (rows, bad) = (file.GetProperty("rows").GetInt64(), file.GetProperty("badRows").GetInt64());
            Assert.Equal(file.GetProperty("agency").GetString(), receipt.GetProperty("agency").GetString());
            Assert.Equal(rows, receipt.GetProperty("rows").GetInt64());
            Assert.Equal(rows - bad, receipt.GetProperty("accepted").GetInt64());
            Assert.Equal(0, receipt.GetProperty("duplicates").GetInt64());
            Assert.Equal(bad, receipt.GetProperty("rejections").GetArrayLength());
        }

        // What was stored is read through SQLite (the file's bytes can be mid-checkpoint while projectors write);
        // what must never be stored is looked for in both the rows and the raw files.
        var bodies = _hub.StoredBodies();
        Assert.Contains("Kenmore", bodies, StringComparison.Ordinal);
        Assert.Contains("OConnor", bodies, StringComparison.Ordinal);
        var store = _hub.StoreFileText() + bodies;
        var complainants = ComplainantSurnames();
        Assert.NotEmpty(complainants);
        var protectedValues = ProtectedValues();
        Assert.True(protectedValues.Count > 10, string.Join(", ", protectedValues));
        Assert.All(protectedValues, value => Assert.DoesNotContain(value, store, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Load_WithoutAFolder_GeneratesASiteAndPrintsItsReceipts()
    {
        var run = await _hub.RunWithTokenAsync(null, "demo", "load", "--people", "60", "--seed", "9", "--dev-key", _hub.DevKeyPath);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Pushing police-nominals.xml as dev:partner:wyp (partner, WYP)", run.Out, StringComparison.Ordinal);
        Assert.Contains("Pushing housing-cases.csv as dev:partner:bdc-housing (partner, BDC-HOUSING)", run.Out, StringComparison.Ordinal);
        Assert.Contains("Pushing env-enforcement.jsonl as dev:partner:bdc-env (partner, BDC-ENV)", run.Out, StringComparison.Ordinal);
        Assert.Contains("Demo site: 60 people, seed 9", run.Out, StringComparison.Ordinal);
        Assert.Contains("police-nominals.xml -> WYP with police-nominals-xml/1", run.Out, StringComparison.Ordinal);
        Assert.Contains("housing-cases.csv -> BDC-HOUSING with housing-cases-csv/1", run.Out, StringComparison.Ordinal);
        Assert.Contains("env-enforcement.jsonl -> BDC-ENV with env-enforcement-jsonl/1", run.Out, StringComparison.Ordinal);
        Assert.Contains("Loaded. Next: chb status --min-sequence", run.Out, StringComparison.Ordinal);
        Assert.Contains("Defined CHB site BD3-DEMO, Bradford BD3 demo (postcode areas BD3), as dev:admin:wyp (admin, WYP)", run.Out, StringComparison.Ordinal);
        Assert.Contains("as a GAIN coordinator, chb site show BD3-DEMO", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_DefinesTheDemoSite_WhichAGainCoordinatorCanViewAtOnce()
    {
        var load = JsonDocument.Parse((await _hub.RunWithTokenAsync(null, "demo", "load", "--people", "60", "--seed", "6", "--dev-key", _hub.DevKeyPath, "--json")).Out).RootElement;
        var last = load.GetProperty("receipts").EnumerateArray().Max(r => r.GetProperty("lastSequence").GetUInt64());
        string[] show = ["site", "show", "BD3-DEMO", "--purpose", "gain-coordination:GAIN request YH-2024-017", "--min-sequence", last.ToString(System.Globalization.CultureInfo.InvariantCulture)];

        var json = await _hub.RunAsync(TestIdentity.Gain(), [.. show, "--json"]);
        var table = await _hub.RunAsync(TestIdentity.Gain(), show);

        Assert.Equal("BD3-DEMO", load.GetProperty("siteId").GetString());
        Assert.True(json.ExitCode == 0, json.ToString());
        var view = JsonDocument.Parse(json.Out).RootElement;
        Assert.Equal("CHB site BD3-DEMO Bradford BD3 demo", view.GetProperty("title").GetString());
        var places = Assert.Single(view.GetProperty("cells").EnumerateArray(), c => c.GetProperty("key").GetString() == "locations");
        Assert.True(places.GetProperty("value").GetInt64() > 0, places.ToString());
        Assert.Contains(view.GetProperty("cells").EnumerateArray(), c => c.GetProperty("key").GetString() == "morile_score/ocg:OCG-WYP-0042");
        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Contains("Options raised by owning agency:", table.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_DevKeyFromTheEnvironment_PushesAllThreeAgencies()
    {
        var run = await CliRunner.RunAsync(
            _hub.CreateHandler(),
            ["--hub", _hub.Address, "demo", "load", "--people", "60", "--seed", "4", "--json"],
            new Dictionary<string, string> { ["CHB_DEV_KEY"] = _hub.DevKeyPath });

        Assert.True(run.ExitCode == 0, run.ToString());
        var receipts = JsonDocument.Parse(run.Out).RootElement.GetProperty("receipts").EnumerateArray();
        Assert.Equal(["WYP", "BDC-HOUSING", "BDC-ENV"], receipts.Select(r => r.GetProperty("agency").GetString()));
    }

    [Fact]
    public async Task Load_WithAPartnerToken_PushesOnlyThatAgencysFileAndSaysWhichItSkipped()
    {
        var token = TestIdentity.Token(TestIdentity.Partner("BDC-HOUSING"));

        var run = await _hub.RunWithTokenAsync(null, "--token", token, "demo", "load", "--people", "60", "--seed", "5", "--dev-key", _hub.DevKeyPath);
        var status = JsonDocument.Parse((await _hub.RunAsync("status", "--json")).Out).RootElement;

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Pushing housing-cases.csv as system:bdc-housing (partner, BDC-HOUSING)", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Pushing police-nominals.xml", run.Out, StringComparison.Ordinal);
        Assert.Contains("Skipped police-nominals.xml (WYP), env-enforcement.jsonl (BDC-ENV): --token acts for BDC-HOUSING only.", run.Out, StringComparison.Ordinal);
        Assert.Contains("The CHB site BD3-DEMO was not defined: that takes an admin token, which demo load mints with the development key.", run.Out, StringComparison.Ordinal);
        Assert.True(status.GetProperty("sourceRecords").GetInt64() > 0);
    }

    [Fact]
    public async Task Load_WithAnAdminToken_ExitsFourBeforePushingAnything()
    {
        var run = await _hub.RunWithTokenAsync(null, "--token", TestIdentity.Token(TestIdentity.Admin()), "demo", "load", "--people", "60");
        var status = JsonDocument.Parse((await _hub.RunAsync("status", "--json")).Out).RootElement;

        Assert.Equal(4, run.ExitCode);
        Assert.StartsWith("chb: demo load pushes as the agencies' partner systems, and --token is not a partner token (role admin, agency WYP): ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
        Assert.Equal(0, status.GetProperty("sourceRecords").GetInt64());
    }

    [Fact]
    public async Task Load_NoDevKeyAndNoToken_ExitsSevenSayingWhereItLooked()
    {
        var missing = _folder.File("no-such.key");

        var run = await _hub.RunWithTokenAsync(null, "demo", "load", "--people", "60", "--dev-key", missing);

        Assert.Equal(7, run.ExitCode);
        Assert.StartsWith($"chb: no development key at {missing}: ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_KeyTheHubDoesNotTrust_ExitsSixNamingTheKey()
    {
        var other = _folder.File("other.key");
        await File.WriteAllTextAsync(other, Convert.ToBase64String(new byte[32]));

        var run = await _hub.RunWithTokenAsync(null, "demo", "load", "--people", "60", "--dev-key", other, "--json");

        Assert.Equal(6, run.ExitCode);
        Assert.StartsWith($"chb: the hub at {_hub.Address} does not accept tokens minted with the development key at {other}", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    /// <summary>The surname column of every complainant row in the housing export.</summary>
    private List<string> ComplainantSurnames()
        => [.. File.ReadAllText(_folder.File("housing-cases.csv")).Split("\r\n")
            .Where(l => l.Contains(",Complainant,", StringComparison.Ordinal))
            .Select(l => l.Split(',')[12])];

    /// <summary>Complainants' and reporters' surnames and phones, and informant references, read back from the generated files.</summary>
    private List<string> ProtectedValues()
    {
        var values = ComplainantSurnames();

        foreach (var line in File.ReadAllLines(_folder.File("env-enforcement.jsonl")).Where(l => l.StartsWith('{')))
        {
            foreach (var party in JsonDocument.Parse(line).RootElement.GetProperty("parties").EnumerateArray())
            {
                if (party.GetProperty("role").GetString() == "Reporter")
                {
                    values.Add(party.GetProperty("name").GetProperty("family").GetString()!);
                    values.Add(party.GetProperty("phone").GetString()!);
                }
            }
        }

        var xml = XDocument.Load(_folder.File("police-nominals.xml"));
        values.AddRange(xml.Descendants("Intel").Select(i => (string?)i.Attribute("sourceRef")).OfType<string>());
        return [.. values.Distinct(StringComparer.Ordinal)];
    }
}
