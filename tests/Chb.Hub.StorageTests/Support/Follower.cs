namespace Chb.Hub.StorageTests.Support;

/// <summary>What a follower saw: how many snapshots it took, and any in which a change below the counter was missing.</summary>
public sealed record FollowerReport(int Snapshots, IReadOnlyList<(long Counter, long Visible)> Gaps);

/// <summary>
/// Reads the store from outside, as a change feed on another instance would, while writers run. Each snapshot is one
/// statement: if sequences were handed out in a different order from commits, a snapshot could see the counter at N
/// while some change below N is still uncommitted, and a follower resuming from N would skip it for ever.
/// </summary>
public static class Follower
{
    private const string Snapshot = """
        SELECT c.value AS Counter,
               (SELECT CAST(COUNT(*) AS BIGINT) FROM source_records WHERE sequence <= c.value)
             + (SELECT CAST(COUNT(*) AS BIGINT) FROM retractions WHERE sequence <= c.value) AS Visible
        FROM sequence_counters c WHERE c.name = 'change'
        """;

    private const int MaxSnapshots = 50_000;

    public static async Task<FollowerReport> WatchAsync(TestDatabase db, CancellationToken stop)
    {
        await Task.Yield();
        var gaps = new List<(long Counter, long Visible)>();
        var snapshots = 0;
        await using var connection = db.Connect();
        await connection.OpenAsync(CancellationToken.None);
        do
        {
            var (counter, visible) = await Dapper.SqlMapper.QuerySingleAsync<(long Counter, long Visible)>(connection, Snapshot);
            snapshots++;
            if (counter != visible)
            {
                gaps.Add((counter, visible));
            }
        }
        while (!stop.IsCancellationRequested && snapshots < MaxSnapshots);

        return new FollowerReport(snapshots, gaps);
    }
}
