using System.Text.Json;
using System.Xml.Linq;
using Chb.Cli.Tests.Support;

namespace Chb.Cli.Tests.Demo;

/// <summary><c>chb demo load</c> into a fresh hub: every file pushes as intended, and no protected value is stored.</summary>
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

        var run = await _hub.RunAsync("demo", "load", "--dir", _folder.Path, "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var receipts = JsonDocument.Parse(run.Out).RootElement.GetProperty("receipts").EnumerateArray().ToList();
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

        var store = _hub.StoreFileText();
        Assert.Contains("Kenmore", store, StringComparison.Ordinal);
        Assert.Contains("OConnor", store, StringComparison.Ordinal);
        var complainants = ComplainantSurnames();
        Assert.NotEmpty(complainants);
        var protectedValues = ProtectedValues();
        Assert.True(protectedValues.Count > 10, string.Join(", ", protectedValues));
        Assert.All(protectedValues, value => Assert.DoesNotContain(value, store, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Load_WithoutAFolder_GeneratesASiteAndPrintsItsReceipts()
    {
        var run = await _hub.RunAsync("demo", "load", "--people", "60", "--seed", "9");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Demo site: 60 people, seed 9", run.Out, StringComparison.Ordinal);
        Assert.Contains("police-nominals.xml -> WYP with police-nominals-xml/1", run.Out, StringComparison.Ordinal);
        Assert.Contains("housing-cases.csv -> BDC-HOUSING with housing-cases-csv/1", run.Out, StringComparison.Ordinal);
        Assert.Contains("env-enforcement.jsonl -> BDC-ENV with env-enforcement-jsonl/1", run.Out, StringComparison.Ordinal);
        Assert.Contains("Loaded. Next: chb status --min-sequence", run.Out, StringComparison.Ordinal);
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
