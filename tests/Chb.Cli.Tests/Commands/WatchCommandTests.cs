using System.Globalization;
using System.Text.Json;
using Chb.Cli.Tests.Support;

namespace Chb.Cli.Tests.Commands;

/// <summary><c>chb watch</c>: the history as JSON Lines, the caught-up marker, resuming, and stopping with Ctrl+C.</summary>
public sealed class WatchCommandTests : IAsyncLifetime
{
    private readonly CliHub _hub = new();
    private readonly LroSite _site;

    public WatchCommandTests() => _site = new LroSite(_hub);

    public Task InitializeAsync() => _site.PushAllAsync();

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task Watch_UntilCaughtUpFromZero_PrintsEachEventAsAJsonLineThenExitsZero_AndResumingPrintsOnlyCaughtUp()
    {
        var ocg = JsonDocument.Parse((await _site.ReadAsync(LroSite.PoliceLro, "ocg", "show", LroSite.KenmoreCrew, "--json")).Out).RootElement;

        var first = await _site.ReadAsync(LroSite.PoliceLro, "watch", "--after", "0", "--until-caught-up", "--json");
        var lines = Lines(first);
        var last = lines[^1].GetProperty("sequence").GetUInt64();
        var second = await _site.ReadAsync(LroSite.PoliceLro, "watch", "--after", last.ToString(CultureInfo.InvariantCulture), "--until-caught-up", "--json");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal("caught-up", lines[^1].GetProperty("kind").GetString());
        var events = lines[..^1];
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Contains(e.GetProperty("kind").GetString(), new[] { "new", "changed", "closed" }));
        Assert.Equal(
            ocg.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("opportunityId").GetString()).Order(StringComparer.Ordinal),
            events.Where(e => e.GetProperty("kind").GetString() == "new").Select(e => e.GetProperty("opportunity").GetProperty("opportunityId").GetString()).Order(StringComparer.Ordinal));
        Assert.True(second.ExitCode == 0, second.ToString());
        var only = Assert.Single(Lines(second));
        Assert.Equal("caught-up", only.GetProperty("kind").GetString());
        Assert.Equal(last, only.GetProperty("sequence").GetUInt64());
    }

    [Fact]
    public async Task Watch_AsText_PrintsOneLinePerEventAndTheCaughtUpLine()
    {
        var run = await _site.ReadAsync(LroSite.PoliceLro, "watch", "--ocg", LroSite.KenmoreCrew, "--until-caught-up");

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^caught up at sequence \d+$", lines[^1]);
        Assert.Contains(lines, l => l.Contains("  new  ", StringComparison.Ordinal) && l.Contains("X5 ", StringComparison.Ordinal) && l.EndsWith("open", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Watch_CancelledAfterCatchingUp_ExitsAsInterruptedAndSaysWhereToResume()
    {
        using var output = new LineSignal(l => l.StartsWith("caught up at sequence ", StringComparison.Ordinal));
        using var ctrlC = new CancellationTokenSource();
        var watching = _hub.RunAsync(LroSite.PoliceLro, output, ctrlC.Token, "watch", "--purpose", LroSite.Purpose, "--min-sequence", _site.MinSequence);

        var caughtUp = await output.Seen.WaitAsync(TimeSpan.FromSeconds(60));
        await ctrlC.CancelAsync();
        var run = await watching;

        Assert.EndsWith("; watching for changes (Ctrl+C to stop)", caughtUp, StringComparison.Ordinal);
        var sequence = caughtUp["caught up at sequence ".Length..caughtUp.IndexOf(';', StringComparison.Ordinal)];
        Assert.Equal(130, run.ExitCode);
        Assert.Equal($"chb: cancelled; stopped after sequence {sequence}: resume with chb watch --after {sequence}", Assert.Single(run.ErrorLines));
    }

    private static JsonElement[] Lines(CliRun run)
        => [.. run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];
}
