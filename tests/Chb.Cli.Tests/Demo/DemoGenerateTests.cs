using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Chb.Adapters;
using Chb.Cli.Tests.Support;

namespace Chb.Cli.Tests.Demo;

/// <summary><c>chb demo generate</c>: repeatable files in the partners' formats, holding what the demo is meant to show.</summary>
public sealed class DemoGenerateTests : IDisposable
{
    private static readonly string[] FileNames = ["police-nominals.xml", "housing-cases.csv", "env-enforcement.jsonl"];
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Generate_SameSeedTwice_WritesIdenticalBytes_AnotherSeedDiffers()
    {
        var (a, b, c) = (Path.Combine(_folder.Path, "a"), Path.Combine(_folder.Path, "b"), Path.Combine(_folder.Path, "c"));

        Assert.Equal(0, (await Generate(a, "--seed", "11")).ExitCode);
        Assert.Equal(0, (await Generate(b, "--seed", "11")).ExitCode);
        Assert.Equal(0, (await Generate(c, "--seed", "12")).ExitCode);

        Assert.All(FileNames, f => Assert.Equal(File.ReadAllBytes(Path.Combine(a, f)), File.ReadAllBytes(Path.Combine(b, f))));
        Assert.All(FileNames, f => Assert.NotEqual(File.ReadAllBytes(Path.Combine(a, f)), File.ReadAllBytes(Path.Combine(c, f))));
    }

    [Fact]
    public async Task Generate_Json_ManifestCountsTheRowsInEachFile()
    {
        var run = await Generate(_folder.Path, "--json");

        var manifest = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal(300, manifest.GetProperty("people").GetInt32());
        var files = manifest.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("rows").GetInt32());
        Assert.Equal(FileNames, files.Keys);
        var csv = File.ReadAllText(_folder.File("housing-cases.csv"));
        Assert.Equal(files["housing-cases.csv"], CsvRecords(csv) - 1);
        Assert.Equal(files["env-enforcement.jsonl"], File.ReadAllLines(_folder.File("env-enforcement.jsonl")).Length);
        var xml = XDocument.Load(_folder.File("police-nominals.xml"));
        Assert.Equal(files["police-nominals.xml"], xml.Root!.Elements().Count());
        var features = manifest.GetProperty("features");
        Assert.Equal(3, features.GetProperty("ocgs").GetInt32());
        Assert.All(
            ["cuckooingCases", "complainantRows", "reporterParties", "sourceProtectedIntel", "noInsuranceVehicles", "nameVariants", "swappedDatesOfBirth"],
            name => Assert.True(features.GetProperty(name).GetInt32() > 0, name));
    }

    [Fact]
    public async Task Generate_Files_HoldTheFormatsDetailsAndTheFeaturesTheDemoShows()
    {
        await Generate(_folder.Path);

        var csvBytes = File.ReadAllBytes(_folder.File("housing-cases.csv"));
        Assert.Equal(Encoding.UTF8.GetPreamble(), csvBytes[..3]);
        var csv = Encoding.UTF8.GetString(csvBytes[3..]);
        Assert.StartsWith("CaseRef,CaseType,CaseStatus,OpenedDate,ClosedDate,TenancyRef,TenureType,UPRN,", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(csv.Replace("\r\n", string.Empty, StringComparison.Ordinal), c => c == '\n');
        Assert.Contains(",Complainant,", csv, StringComparison.Ordinal);
        Assert.Contains(",Cuckooing,", csv, StringComparison.Ordinal);
        Assert.Contains("\"\"", csv, StringComparison.Ordinal);
        Assert.True(CsvRecords(csv) < csv.Split("\r\n").Length - 1, "some notes hold line breaks inside quotes");
        Assert.Contains(",O'Connor,Sean-Paul,", csv, StringComparison.Ordinal);
        Assert.Contains(",Hussain,Muhammad,", csv, StringComparison.Ordinal);

        var env = File.ReadAllText(_folder.File("env-enforcement.jsonl"));
        Assert.Contains("\"given\":\"Sean Paul\",\"family\":\"OConnor\"", env, StringComparison.Ordinal);
        Assert.Contains("\"given\":\"Immy\",\"family\":\"Khan\"", env, StringComparison.Ordinal);
        Assert.Contains("\"role\":\"Reporter\"", env, StringComparison.Ordinal);

        var xml = XDocument.Load(_folder.File("police-nominals.xml"));
        var nominals = xml.Root!.Elements("Nominal").ToList();
        Assert.Equal(3, xml.Root.Elements("Ocg").Count());
        Assert.Equal(2, nominals.Count(n => !PoliceIdentifiers.TryNormalisePnc((string?)n.Attribute("pncId"), out _, out _)));
        Assert.All(
            nominals.Where(n => n.Attribute("croNumber") is not null),
            n => Assert.True(PoliceIdentifiers.TryNormaliseCro((string?)n.Attribute("croNumber"), out _, out _)));
        Assert.Contains(nominals.Elements("Intel"), i => (string?)i.Attribute("sourceType") == "CHIS" && (string?)i.Attribute("handling") == "C" && i.Attribute("sourceRef") is not null);
        Assert.Contains(nominals.Elements("Vehicle"), v => (string?)v.Attribute("status") == "NoInsurance");
        var khan = nominals.Single(n => n.Elements("OcgMembership").Any(m => (string?)m.Attribute("ocgRef") == "OCG-WYP-0042" && (string?)m.Attribute("role") == "PrincipalMember"));
        Assert.Contains(khan.Elements("Name"), m => (string?)m.Attribute("given") == "Imran" && (string?)m.Attribute("family") == "Khan" && m.Attribute("primary") is not null);
        Assert.Contains(khan.Elements("Name"), m => (string?)m.Attribute("given") == "Immy");
    }

    private static Task<CliRun> Generate(string folder, params string[] more) => CliRunner.RunAsync(null, ["demo", "generate", "--out", folder, .. more]);

    /// <summary>Counts CSV records, not lines: a quoted field may hold a line break.</summary>
    internal static int CsvRecords(string csv)
    {
        var (records, quoted) = (0, false);
        for (var i = 0; i < csv.Length; i++)
        {
            quoted ^= csv[i] == '"';
            records += !quoted && csv[i] == '\n' ? 1 : 0;
        }

        return records;
    }
}
