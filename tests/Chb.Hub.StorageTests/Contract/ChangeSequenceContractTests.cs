using Chb.Contracts.V1;
using Chb.Hub.StorageTests.Support;
using static Chb.Hub.StorageTests.Support.Records;

namespace Chb.Hub.StorageTests.Contract;

public sealed class ChangeSequenceContractTests
{
    private const string AllChanges = """
        SELECT sequence FROM source_records UNION ALL SELECT sequence FROM retractions ORDER BY 1
        """;

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Sequences_OverPushesAndRetractions_IncreaseInCommitOrderWithoutGaps(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var hub = db.StartHub();
        var committed = new List<IReadOnlyList<long>>();

        committed.Add((await Pushes.PushAsync(hub, StorageHub.Housing, [Cases("A/", 1, 4), Cases("A/", 5, 3)])).AckedSequences);
        var retraction = await hub.Ingest(StorageHub.Housing).RetractAsync(new RetractRequest { Agency = StorageHub.Housing, PartnerReferences = { "A/2" }, Reason = "entered in error" });
        committed.Add([(long)retraction.Results[0].Sequence]);
        committed.Add((await Pushes.PushAsync(hub, StorageHub.Environment, [.. Cases("E/", 1, 5)])).AckedSequences);

        var inCommitOrder = committed.SelectMany(c => c).ToList();
        Assert.Equal(Enumerable.Range(1, 13).Select(i => (long)i), inCommitOrder);
        Assert.Equal(inCommitOrder, await db.QueryAsync<long>(AllChanges));
        Assert.Equal(13L, await db.ScalarAsync<long>("SELECT value FROM sequence_counters WHERE name = 'change'"));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Sequences_DuplicatesAndRejectedRows_ConsumeNone(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var hub = db.StartHub();
        await Pushes.PushAsync(hub, StorageHub.Housing, Case(1, "A/1"), Case(2, "A/2"));

        var mixed = await Pushes.PushAsync(hub, StorageHub.Housing, Case(1, "A/1"), Invalid(2, "A/9"), Case(3, "A/3"), Case(4, "A/3"));

        Assert.Equal([1L, 3L, 3L], mixed.AckedSequences);
        Assert.Equal([1L, 2L, 3L], await db.QueryAsync<long>(AllChanges));
        Assert.Equal(3L, await db.ScalarAsync<long>("SELECT value FROM sequence_counters WHERE name = 'change'"));
    }
}
