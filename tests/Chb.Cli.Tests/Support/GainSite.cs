using System.Text.Json;
using Chb.Contracts.Security;
using Chb.Contracts.V1;
using Chb.Tests.Shared;
using Google.Protobuf.WellKnownTypes;

namespace Chb.Cli.Tests.Support;

/// <summary>
/// The partner samples as a GAIN coordinator sees them: a CHB site over the Kenmore Road sector (BD3 8) that an
/// administrator defines through the hub's Admin service, and GAIN reads that pass the pushes' sequence.
/// </summary>
public sealed class GainSite(CliHub hub)
{
    public const string KenmoreSite = "BD3-KENMORE";
    public const string Purpose = "gain-coordination:GAIN request YH-2024-017";

    /// <summary>The months the tests read: the site's baseline (January 2024) to June 2024.</summary>
    public static readonly string[] FirstHalf2024 = ["--from", "2024-01-01", "--to", "2024-06-30"];

    public static HubPersona Coordinator { get; } = TestIdentity.Gain("WYP");

    public LroSite Data { get; } = new(hub);

    /// <summary>Pushes the three samples and defines the site.</summary>
    public async Task LoadAsync()
    {
        await Data.PushAllAsync();
        var site = new Site { SiteId = KenmoreSite, Name = "Kenmore", Lead = "Bradford CSP", BaselineDate = Timestamp.FromDateTime(new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc)) };
        site.PostcodeAreas.Add("BD3 8");
        using var channel = TestIdentity.Channel(new Uri(hub.Address), hub.CreateHandler(), TestIdentity.Token(TestIdentity.Admin()));
        await new Admin.AdminClient(channel).UpsertSiteAsync(new UpsertSiteRequest { Site = site });
    }

    /// <summary>Runs a GAIN read with the purpose and the pushes' sequence.</summary>
    public Task<CliRun> ReadAsync(HubPersona persona, params string[] args)
        => hub.RunAsync(persona, [.. args, "--purpose", Purpose, "--min-sequence", Data.MinSequence]);

    /// <summary>A GAIN read as the coordinator, as JSON.</summary>
    public async Task<JsonElement> JsonAsync(params string[] args)
    {
        var run = await ReadAsync(Coordinator, [.. args, "--json"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        return JsonDocument.Parse(run.Out).RootElement;
    }

    /// <summary>Records interventions of one grade against Imran Khan's arrest warrant (X5), taken on 10 March 2024, as the Kenmore Crew's police LRO.</summary>
    public async Task RecordOnKhansWarrantAsync(string grade, int times)
    {
        var warrant = LroSite.Option(await Data.NominalAsync(await Data.KhanAsync()), "X5").GetProperty("opportunityId").GetString()!;
        for (var i = 0; i < times; i++)
        {
            var run = await Data.ReadAsync(LroSite.PoliceLro, "outcome", "record", warrant, "--grade", grade, "--summary", "For the GAIN views", "--taken-at", "2024-03-10T10:00:00Z");
            Assert.True(run.ExitCode == 0, run.ToString());
        }
    }

    /// <summary>The cell with these dimensions ("interventions/month:2024-03/grade:major").</summary>
    public static JsonElement Cell(JsonElement view, string key)
        => Assert.Single(view.GetProperty("cells").EnumerateArray(), c => c.GetProperty("key").GetString() == key);
}
