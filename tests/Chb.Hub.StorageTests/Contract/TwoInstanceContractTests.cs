using Chb.Contracts.V1;
using Chb.Hub.StorageTests.Support;
using static Chb.Hub.StorageTests.Support.Records;

namespace Chb.Hub.StorageTests.Contract;

/// <summary>Two hub instances (two hosts, two DI containers) sharing one database, as in a scaled-out deployment.</summary>
public sealed class TwoInstanceContractTests
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Push_ThroughBothInstancesAtOnce_AcksNeverShareASequenceAndBothSeeEverything(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var (a, b) = (db.StartHub(), db.StartHub());
        using var stop = new CancellationTokenSource();
        var follower = Follower.WatchAsync(db, stop.Token);

        // 8 pushes, 4 through each instance, each of 4 batches (one transaction each) of 25 records.
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(p => Pushes.PushAsync(
            p % 2 == 0 ? a : b, StorageHub.Housing, Enumerable.Range(0, 4).Select(n => Cases($"P{p}/", (n * 25) + 1, 25)))));
        await stop.CancelAsync();
        var watched = await follower;

        var acks = outcomes.SelectMany(o => o.AckedSequences).ToList();
        Assert.Equal(Enumerable.Range(1, 800).Select(i => (long)i), acks.Order());
        foreach (var batch in outcomes.SelectMany(o => o.Rows.Chunk(25)))
        {
            var sequences = batch.Select(r => (long)r.Ack.Sequence).ToList();
            Assert.Equal(Enumerable.Range(0, 25).Select(i => sequences[0] + i), sequences);
        }

        Assert.True(watched.Snapshots > 0);
        Assert.Empty(watched.Gaps);
        foreach (var hub in new[] { a, b })
        {
            var status = await hub.Admin().GetStoreStatusAsync(new GetStoreStatusRequest { MinSequence = 800 });
            Assert.Equal((800UL, 800L), (status.LastSequence, status.SourceRecords));
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Push_SameRecordsThroughBothInstancesAtOnce_StoresEachOnceUnderOneSequence(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var (a, b) = (db.StartHub(), db.StartHub());
        var batches = Enumerable.Range(0, 4).Select(n => Cases("S/", (n * 50) + 1, 50).ToList()).ToList();

        var both = await Task.WhenAll(Pushes.PushAsync(a, StorageHub.Housing, batches), Pushes.PushAsync(b, StorageHub.Housing, batches));

        for (var row = 1; row <= 200; row++)
        {
            var (viaA, viaB) = (both[0].Row(row).Ack, both[1].Row(row).Ack);
            Assert.Equal(viaA.Sequence, viaB.Sequence);
            Assert.NotEqual(viaA.Duplicate, viaB.Duplicate);
        }

        Assert.Equal(200L, await db.ScalarAsync<long>("SELECT COUNT(*) FROM source_records"));
        Assert.Equal(200L, await db.ScalarAsync<long>("SELECT value FROM sequence_counters WHERE name = 'change'"));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MinSequence_WaitOnOneInstance_IsSatisfiedByACommitThroughTheOther(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var a = db.StartHub(new Dictionary<string, string?> { ["Hub:Reads:MinSequenceWait"] = "00:00:30" });
        var b = db.StartHub();
        await Pushes.PushAsync(b, StorageHub.Housing, Case(1, "ASB/1"));

        // Nothing at sequence 2 exists yet, and nothing is ever committed through instance A: its in-process commit
        // signal never fires, so only reading the shared store can end this wait before its 30 seconds.
        var waiting = a.Admin().GetStoreStatusAsync(new GetStoreStatusRequest { MinSequence = 2 }).ResponseAsync;
        Assert.False(waiting.IsCompleted);
        var pushed = await Pushes.PushAsync(b, StorageHub.Housing, Case(2, "ASB/2"));
        var status = await waiting;

        Assert.Equal(2UL, pushed.Row(2).Ack.Sequence);
        Assert.Equal((2UL, 2L), (status.LastSequence, status.SourceRecords));
    }
}
