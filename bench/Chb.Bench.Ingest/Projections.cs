using System.Diagnostics;
using System.Globalization;

namespace Chb.Bench.Ingest;

/// <summary>
/// Watches the hub's store after a push: how far linking had got when the push summary arrived, and how long after it
/// the linking and opportunity checkpoints reach the last change sequence.
/// </summary>
internal static class Projections
{
    public static async Task<CatchUp> WaitAsync(IBenchStore store, Stopwatch sinceSummary, TimeSpan limit)
    {
        var summaryAt = sinceSummary.Elapsed;
        var (last, links, opportunities) = await store.ProgressAsync();
        var (linksFrom, opportunitiesFrom) = (links, opportunities);
        var atSummary = last == 0 ? 1 : (double)links / last;
        string? linksDone = links >= last ? "0" : null;
        string? opportunitiesDone = opportunities >= last ? "0" : null;
        while ((linksDone is null || opportunitiesDone is null) && sinceSummary.Elapsed - summaryAt < limit)
        {
            await Task.Delay(100);
            (_, links, opportunities) = await store.ProgressAsync();
            var seconds = ((sinceSummary.Elapsed - summaryAt).TotalSeconds).ToString("F1", CultureInfo.InvariantCulture);
            linksDone ??= links >= last ? seconds : null;
            opportunitiesDone ??= opportunities >= last ? seconds : null;
        }

        // Not caught up within the limit: how far it got, and when it would be done at the rate it went.
        string Behind(long from, long done)
        {
            var seconds = (sinceSummary.Elapsed - summaryAt).TotalSeconds;
            var rate = (done - from) / seconds;
            var eta = rate > 0 ? string.Create(CultureInfo.InvariantCulture, $"~{seconds + ((last - done) / rate):F0} at {rate:F0}/s") : "none done";
            return string.Create(CultureInfo.InvariantCulture, $"> {seconds:F0} ({done:N0} of {last:N0}; {eta})");
        }

        return new CatchUp(atSummary, linksDone ?? Behind(linksFrom, links), opportunitiesDone ?? Behind(opportunitiesFrom, opportunities));
    }

    /// <summary>Linking's share of the push done when its summary arrived, and the seconds after it until each projection caught up.</summary>
    public readonly record struct CatchUp(double LinksAtSummary, string Links, string Opportunities);
}
