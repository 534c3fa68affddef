using System.Globalization;
using System.Text.Json;
using Chb.Contracts.Security;
using Chb.Tests.Shared;

namespace Chb.Cli.Tests.Support;

/// <summary>
/// The three partner samples pushed into a <see cref="CliHub"/>, and LRO runs that read their own writes: every read
/// passes the receipts' last sequence as --min-sequence, so the hub answers once the options are projected.
/// </summary>
public sealed class LroSite(CliHub hub)
{
    public const string KenmoreCrew = "OCG-WYP-0042";
    public const string LeedsRoadGroup = "OCG-WYP-0051";
    public const string Purpose = "disruption-planning:Op Kestrel";

    public static HubPersona PoliceLro { get; } = TestIdentity.Lro("WYP", KenmoreCrew);

    public static HubPersona HousingLro { get; } = TestIdentity.Lro("BDC-HOUSING", KenmoreCrew);

    public CliHub Hub => hub;

    /// <summary>Gets the highest last sequence of the pushes so far, as text for --min-sequence.</summary>
    public string MinSequence { get; private set; } = "0";

    public async Task PushAllAsync()
    {
        ulong last = 0;
        foreach (var row in Samples.All)
        {
            var (file, adapter, agency) = ((string)row[0]!, (string)row[1]!, (string)row[2]!);
            var run = await hub.RunAsync(TestIdentity.Partner(agency), "push", Samples.Path(file), "--adapter", adapter, "--json");
            Assert.True(run.ExitCode == 0, run.ToString());
            last = Math.Max(last, JsonDocument.Parse(run.Out).RootElement.GetProperty("lastSequence").GetUInt64());
        }

        MinSequence = last.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Runs an LRO read with the purpose and the pushes' sequence.</summary>
    public Task<CliRun> ReadAsync(HubPersona persona, params string[] args)
        => hub.RunAsync(persona, [.. args, "--purpose", Purpose, "--min-sequence", MinSequence]);

    /// <summary>Khan's hub id, found by name as the Kenmore Crew's police LRO.</summary>
    public async Task<string> KhanAsync()
    {
        var run = await ReadAsync(PoliceLro, "nominal", "search", "--name", "Khan", "--json");
        Assert.True(run.ExitCode == 0, run.ToString());
        return Assert.Single(JsonDocument.Parse(run.Out).RootElement.GetProperty("nominals").EnumerateArray()).GetProperty("hubId").GetString()!;
    }

    /// <summary>The options of a person as JSON.</summary>
    public async Task<JsonElement> NominalAsync(string hubId, HubPersona? persona = null)
    {
        var run = await ReadAsync(persona ?? PoliceLro, "nominal", "show", hubId, "--json");
        Assert.True(run.ExitCode == 0, run.ToString());
        return JsonDocument.Parse(run.Out).RootElement;
    }

    public static JsonElement Option(JsonElement options, string tacticId)
        => Assert.Single(options.GetProperty("options").EnumerateArray(), o => o.GetProperty("tacticId").GetString() == tacticId);
}
