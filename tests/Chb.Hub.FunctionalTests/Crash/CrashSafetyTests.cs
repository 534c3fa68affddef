using Chb.Contracts.V1;
using Chb.Hub.FunctionalTests.Support;
using Grpc.Core;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;
using static Chb.Hub.FunctionalTests.Support.Records;

namespace Chb.Hub.FunctionalTests.Crash;

/// <summary>
/// Ack means committed: the hub is SIGKILLed at random points while a partner streams records, restarted,
/// and the partner re-sends everything not yet acked (at-least-once). Every acked record must be stored
/// exactly once, with the sequence its ack carried, and the file must pass SQLite's integrity check.
/// </summary>
public sealed class CrashSafetyTests(ITestOutputHelper output) : IDisposable
{
    private const int Cycles = 6;
    private const int BatchSize = 20;
    private readonly string _database = Path.Combine(Path.GetTempPath(), "chb-tests", $"crash-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Push_KilledAtRandomPoints_LosesNoAckedRecordAndDuplicatesNone()
    {
        var seed = Environment.TickCount;
        output.WriteLine($"seed {seed}");
        var random = new Random(seed);
        var acked = new Dictionary<string, ulong>(StringComparer.Ordinal);
        var next = 0;

        for (var cycle = 0; cycle < Cycles; cycle++)
        {
            await using var hub = await ChildHub.StartAsync(_database);
            var killAfter = random.Next(1, 400);
            var pending = Enumerable.Range(0, next).Select(Key).Where(k => !acked.ContainsKey(k)).ToList();
            var fresh = Enumerable.Range(next, 2000).Select(Key).ToList();
            next += fresh.Count;
            var sent = await PushUntilKilledAsync(hub, pending.Concat(fresh).ToList(), acked, killAfter);
            output.WriteLine($"cycle {cycle}: re-sent {pending.Count}, sent {sent}, killed after {killAfter} acks, {acked.Count} acked in all");
        }

        await using (var last = await ChildHub.StartAsync(_database))
        {
            // The restarted hub opens the file, recovers the WAL and passes its own start-up check.
            var status = await new Admin.AdminClient(last.CreateChannel(Chb.Tests.Shared.TestIdentity.Admin())).GetStoreStatusAsync(new GetStoreStatusRequest());
            Assert.True(status.SourceRecords >= acked.Count);
        }

        SqliteConnection.ClearAllPools();
        Assert.Equal("ok", await StoreFile.ScalarAsync<string>(_database, "PRAGMA integrity_check"));
        var stored = await StoreFile.QueryAsync<(string Key, long Sequence)>(_database, "SELECT idempotency_key, sequence FROM source_records");
        var byKey = stored.GroupBy(s => s.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        Assert.All(acked, pair =>
        {
            var rows = byKey.GetValueOrDefault(pair.Key) ?? [];
            Assert.Single(rows);
            Assert.Equal((long)pair.Value, rows[0].Sequence);
        });
        Assert.All(stored, s => Assert.StartsWith("crash-", s.Key, StringComparison.Ordinal));
        Assert.Equal(stored.Count, stored.Select(s => s.Sequence).Distinct().Count());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(_database + suffix);
        }
    }

    private static string Key(int n) => $"crash-{n:D6}";

    private static async Task<int> PushUntilKilledAsync(ChildHub hub, List<string> keys, Dictionary<string, ulong> acked, int killAfter)
    {
        using var channel = hub.CreateChannel(Chb.Tests.Shared.TestIdentity.Partner(TestSettings.Housing));
        using var call = new Contracts.V1.Ingest.IngestClient(channel).Push();
        var seen = 0;
        var reading = Task.Run(async () =>
        {
            try
            {
                while (await call.ResponseStream.MoveNext(CancellationToken.None))
                {
                    foreach (var row in call.ResponseStream.Current.Results?.Rows ?? [])
                    {
                        acked[row.Ack.IdempotencyKey] = row.Ack.Sequence;
                        if (++seen == killAfter)
                        {
                            await hub.KillAsync();
                        }
                    }
                }
            }
            catch (RpcException)
            {
                // The hub died mid-stream: what was acked before is what counts.
            }
        });

        var sent = 0;
        try
        {
            await call.RequestStream.WriteAsync(Start(TestSettings.Housing));
            foreach (var batch in keys.Chunk(BatchSize))
            {
                await call.RequestStream.WriteAsync(Batch(batch.Select(k => Case(0, k, key: k)).ToArray()));
                sent += batch.Length;
            }

            await call.RequestStream.WriteAsync(Complete());
            await call.RequestStream.CompleteAsync();
        }
        catch (Exception ex) when (ex is RpcException or InvalidOperationException or IOException)
        {
            // Writes fail once the hub is gone.
        }

        await reading;
        return sent;
    }
}
