using System.Text.Json;
using Chb.Cli.Tests.Support;

namespace Chb.Cli.Tests.Commands;

/// <summary><c>chb site show|baseline</c> and <c>chb ocg view</c> as a GAIN coordinator, over the partner samples (suppression threshold 5).</summary>
public sealed class SiteCommandTests : IAsyncLifetime
{
    private const string March = "month:2024-03";
    private const string Suppressed = "│ suppressed ";
    private readonly CliHub _hub = new();
    private readonly GainSite _site;

    public SiteCommandTests() => _site = new GainSite(_hub);

    public Task InitializeAsync() => _site.LoadAsync();

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task SiteShow_FiveInterventions_CountsThemByGradeAndStrandAndEveryTotalAddsUp()
    {
        await _site.RecordOnKhansWarrantAsync("none", 5);

        var view = await _site.JsonAsync(["site", "show", GainSite.KenmoreSite, .. GainSite.FirstHalf2024]);
        var run = await _site.ReadAsync(GainSite.Coordinator, ["site", "show", GainSite.KenmoreSite, .. GainSite.FirstHalf2024]);

        Assert.Equal("CHB site BD3-KENMORE Kenmore", view.GetProperty("title").GetString());
        Assert.Equal(5u, view.GetProperty("suppressBelow").GetUInt32());
        Assert.Equal(5, Value(view, $"interventions/{March}"));
        Assert.Equal(5, Value(view, $"interventions/{March}/grade:none"));
        Assert.Equal(0, Value(view, $"interventions/{March}/grade:major"));
        Assert.Equal(5, Value(view, $"interventions_by_strand/{March}/strand:PURSUE"));
        Assert.DoesNotContain(view.GetProperty("withheld").EnumerateArray(), w => w.GetProperty("field").GetString()!.StartsWith("interventions", StringComparison.Ordinal));
        AssertTotalsAddUp(view);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("CHB site BD3-KENMORE Kenmore, as of change sequence ", run.Out, StringComparison.Ordinal);
        Assert.Contains("Interventions by disruption grade:", run.Out, StringComparison.Ordinal);
        Assert.Contains("Options raised by CHB phase:", run.Out, StringComparison.Ordinal);
        Assert.Contains("Interventions by 4P strand:", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"│ 2024-03 +│ 5 +│ 5 +│ 0 +│ 0 +│ 0 +│", run.Out);
    }

    [Fact]
    public async Task SiteShow_OneMajorDisruption_ShowsItAndItsComplementAsSuppressedNeverAsZero()
    {
        await _site.RecordOnKhansWarrantAsync("none", 5);
        await _site.RecordOnKhansWarrantAsync("major", 1);

        var view = await _site.JsonAsync(["site", "show", GainSite.KenmoreSite, .. GainSite.FirstHalf2024]);
        var run = await _site.ReadAsync(GainSite.Coordinator, ["site", "show", GainSite.KenmoreSite, .. GainSite.FirstHalf2024]);

        var major = GainSite.Cell(view, $"interventions/{March}/grade:major");
        Assert.True(major.GetProperty("suppressed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, major.GetProperty("value").ValueKind);
        Assert.True(GainSite.Cell(view, $"interventions/{March}/grade:none").GetProperty("suppressed").GetBoolean());
        Assert.True(GainSite.Cell(view, $"interventions/{March}").GetProperty("excludesSuppressed").GetBoolean());
        Assert.Contains(view.GetProperty("withheld").EnumerateArray(), w => w.GetProperty("field").GetString() == $"interventions/{March}/grade:major"
            && w.GetProperty("reason").GetString() == "small-count-suppressed");
        AssertTotalsAddUp(view);
        Assert.True(run.ExitCode == 0, run.ToString());
        var row = Assert.Single(Section(run.Out, "Interventions by disruption grade:").Split('\n'), l => l.Contains("2024-03", StringComparison.Ordinal));
        Assert.Equal(2, row.Split(Suppressed).Length - 1);
        Assert.Contains("│ 0* ", row, StringComparison.Ordinal);
        Assert.Contains("A figure marked suppressed is withheld as a small count (1 to 4)", run.Out, StringComparison.Ordinal);
        Assert.Contains("* leaves out suppressed figures", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SiteBaseline_AsTableJsonAndCsv_MarksTheSuppressedDisruptionEachWay()
    {
        await _site.RecordOnKhansWarrantAsync("none", 5);
        await _site.RecordOnKhansWarrantAsync("major", 1);

        var json = await _site.JsonAsync(["site", "baseline", GainSite.KenmoreSite, .. GainSite.FirstHalf2024]);
        var csv = await _site.ReadAsync(GainSite.Coordinator, ["site", "baseline", GainSite.KenmoreSite, "--format", "csv", .. GainSite.FirstHalf2024]);
        var table = await _site.ReadAsync(GainSite.Coordinator, ["site", "baseline", GainSite.KenmoreSite, .. GainSite.FirstHalf2024]);

        Assert.Equal(["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"], json.GetProperty("months").EnumerateArray().Select(m => m.GetProperty("month").GetString()));
        var march = json.GetProperty("months")[2];
        Assert.Equal(JsonValueKind.Null, march.GetProperty("disruptionsMajor").ValueKind);
        Assert.Contains("disruptions_major", march.GetProperty("suppressedFields").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(JsonValueKind.Null, json.GetProperty("csv").ValueKind);
        Assert.True(csv.ExitCode == 0, csv.ToString());
        var lines = csv.Out.TrimEnd('\n').Split('\n');
        Assert.StartsWith("site_id,month,phase,opportunities_raised,interventions,disruptions_major", lines[0], StringComparison.Ordinal);
        Assert.Equal(7, lines.Length);
        Assert.StartsWith("BD3-KENMORE,2024-03,", lines[3], StringComparison.Ordinal);
        Assert.Contains(",[c],", lines[3], StringComparison.Ordinal);
        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Contains(Suppressed, Assert.Single(table.Out.Split('\n'), l => l.Contains("│ 2024-03", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OcgView_KenmoreCrew_GivesTheMorileScoreAndTheLiveOptionsByAgency()
    {
        var view = await _site.JsonAsync("ocg", "view", LroSite.KenmoreCrew);
        var run = await _site.ReadAsync(GainSite.Coordinator, "ocg", "view", LroSite.KenmoreCrew);

        Assert.Equal(148, Value(view, "morile_score"));
        AssertTotalsAddUp(view);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("OCG OCG-WYP-0042 Kenmore Crew, as of change sequence ", run.Out, StringComparison.Ordinal);
        Assert.Contains("Live options by owning agency:", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"│ MoRiLE score +│ 148 +│", run.Out);
    }

    [Fact]
    public async Task SiteShow_UnknownSite_ExitsFourWithTheHubsMessage()
    {
        var run = await _site.ReadAsync(GainSite.Coordinator, "site", "show", "NO-SUCH-SITE");

        Assert.Equal(4, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Equal("chb: not found: No site 'NO-SUCH-SITE' is known to the hub; check the reference.", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task SiteBaseline_UnknownFormat_ExitsTwo()
    {
        var run = await _site.ReadAsync(GainSite.Coordinator, "site", "baseline", GainSite.KenmoreSite, "--format", "xlsx");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("chb: --format must be one of table, csv; got 'xlsx'", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    private static long Value(JsonElement view, string key) => GainSite.Cell(view, key).GetProperty("value").GetInt64();

    /// <summary>Every total is the sum of its published parts (a suppressed part counts nothing), as the hub promises.</summary>
    private static void AssertTotalsAddUp(JsonElement view)
    {
        var cells = view.GetProperty("cells").EnumerateArray().ToList();
        var totals = 0;
        foreach (var total in cells)
        {
            var key = total.GetProperty("key").GetString()!;
            var depth = total.GetProperty("dimensions").GetArrayLength();
            var parts = cells.Where(c => c.GetProperty("dimensions").GetArrayLength() == depth + 1 && c.GetProperty("key").GetString()!.StartsWith(key + "/", StringComparison.Ordinal)).ToList();
            if (parts.Count > 0)
            {
                Assert.Equal(parts.Sum(p => p.GetProperty("value").ValueKind == JsonValueKind.Null ? 0 : p.GetProperty("value").GetInt64()), total.GetProperty("value").GetInt64());
                totals++;
            }
        }

        Assert.True(totals > 0);
    }

    /// <summary>The lines after a table's heading, up to the next heading (a line ending in ':').</summary>
    private static string Section(string output, string heading)
    {
        var start = output.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, output);
        var rest = output[(start + heading.Length)..];
        var next = rest.Split('\n').Skip(1).FirstOrDefault(l => l.EndsWith(':')) is { } line ? rest.IndexOf(line, StringComparison.Ordinal) : rest.Length;
        return rest[..next];
    }
}
