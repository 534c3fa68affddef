using Chb.Contracts.V1;
using Chb.Hub.StorageTests.Support;
using static Chb.Hub.StorageTests.Support.Records;

namespace Chb.Hub.StorageTests.Contract;

public sealed class RetractionContractTests
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Retract_StoredRecord_MarksEveryVersionUnderANewSequence(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var hub = db.StartHub();
        await Pushes.PushAsync(hub, StorageHub.Housing, Case(1, "ASB/1"), Case(2, "ASB/2"));
        var pushed = await Pushes.PushAsync(hub, StorageHub.Housing, Case(1, "ASB/1", status: "Closed"));

        var response = await hub.Ingest(StorageHub.Housing).RetractAsync(Request(StorageHub.Housing, "ASB/1"));

        var result = Assert.Single(response.Results);
        Assert.Equal(RetractOutcome.Retracted, result.Outcome);
        Assert.Equal(pushed.Summary.LastSequence + 1, result.Sequence);
        Assert.Equal(
            [(1L, 1L), (2L, 0L), (3L, 1L)],
            await db.QueryAsync<(long Sequence, long Retracted)>("SELECT sequence, CAST(retracted AS BIGINT) FROM source_records ORDER BY sequence"));
        Assert.Equal(
            [((long)result.Sequence, StorageHub.Housing, "ASB/1", "entered in error")],
            await db.QueryAsync<(long, string, string, string)>("SELECT sequence, agency, partner_reference, reason FROM retractions"));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Retract_Twice_SaysAlreadyRetractedAndTakesNoSequence(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var hub = db.StartHub();
        await Pushes.PushAsync(hub, StorageHub.Housing, Case(1, "ASB/1"));
        await hub.Ingest(StorageHub.Housing).RetractAsync(Request(StorageHub.Housing, "ASB/1"));

        var again = await hub.Ingest(StorageHub.Housing).RetractAsync(Request(StorageHub.Housing, "ASB/1"));

        Assert.Equal(RetractOutcome.AlreadyRetracted, again.Results[0].Outcome);
        Assert.Equal(0UL, again.Results[0].Sequence);
        Assert.Equal(2L, await db.ScalarAsync<long>("SELECT value FROM sequence_counters WHERE name = 'change'"));
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT COUNT(*) FROM retractions"));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Retract_AnotherAgencysOrUnknownReference_IsNotFoundAndChangesNothing(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var hub = db.StartHub();
        await Pushes.PushAsync(hub, StorageHub.Housing, Case(1, "ASB/1"));

        var foreign = await hub.Ingest(StorageHub.Environment).RetractAsync(Request(StorageHub.Environment, "ASB/1"));
        var unknown = await hub.Ingest(StorageHub.Housing).RetractAsync(Request(StorageHub.Housing, "asb/1"));

        Assert.Equal(RetractOutcome.NotFound, foreign.Results[0].Outcome);
        Assert.Equal(RetractOutcome.NotFound, unknown.Results[0].Outcome);
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT COUNT(*) FROM source_records WHERE retracted = 1"));
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT value FROM sequence_counters WHERE name = 'change'"));
    }

    private static RetractRequest Request(string agency, string reference)
        => new() { Agency = agency, PartnerReferences = { reference }, Reason = "entered in error" };
}
