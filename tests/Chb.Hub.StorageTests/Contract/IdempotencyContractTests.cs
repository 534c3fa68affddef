using Chb.Contracts.V1;
using Chb.Hub.StorageTests.Support;
using static Chb.Hub.StorageTests.Support.Records;

namespace Chb.Hub.StorageTests.Contract;

public sealed class IdempotencyContractTests
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Push_RetriedWithSameKey_IsDuplicateWithOriginalSequence(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var hub = db.StartHub();
        var first = await Pushes.PushAsync(hub, StorageHub.Housing, Case(1, "ASB/1", key: "k-1"));

        var retry = await Pushes.PushAsync(hub, StorageHub.Housing, Case(7, "ASB/1", key: "k-1"));

        Assert.True(retry.Row(7).Ack.Duplicate);
        Assert.Equal(first.Row(1).Ack.Sequence, retry.Row(7).Ack.Sequence);
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT COUNT(*) FROM source_records"));
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT value FROM sequence_counters WHERE name = 'change'"));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Push_SameKeyDifferentContent_IsRejectedAndQuarantined(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var hub = db.StartHub();
        await Pushes.PushAsync(hub, StorageHub.Housing, Case(1, "ASB/1", key: "k-1"));

        var clash = await Pushes.PushAsync(hub, StorageHub.Housing, Case(1, "ASB/1", status: "Closed", key: "k-1"));

        var rejection = clash.Row(1).Rejection;
        Assert.Equal(RejectionCode.IdempotencyConflict, rejection.Code);
        Assert.Equal(
            [("idempotencyKey", nameof(RejectionCode.IdempotencyConflict))],
            await db.QueryAsync<(string Field, string Code)>("SELECT field, code FROM quarantine WHERE id = @Id", new { Id = rejection.QuarantineId }));
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT COUNT(*) FROM source_records"));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Push_SameKeyTwiceInOneBatch_StoresOnceAndRejectsOtherContent(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var hub = db.StartHub();

        var outcome = await Pushes.PushAsync(
            hub, StorageHub.Housing, Case(1, "ASB/1", key: "k"), Case(2, "ASB/1", key: "k"), Case(3, "ASB/1", status: "Closed", key: "k"));

        Assert.False(outcome.Row(1).Ack.Duplicate);
        Assert.True(outcome.Row(2).Ack.Duplicate);
        Assert.Equal(outcome.Row(1).Ack.Sequence, outcome.Row(2).Ack.Sequence);
        Assert.Equal(RejectionCode.IdempotencyConflict, outcome.Row(3).Rejection.Code);
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT COUNT(*) FROM source_records"));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Push_KeysDifferingOnlyInCaseOrAgency_AreDifferentRecords(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var hub = db.StartHub();
        await Pushes.PushAsync(hub, StorageHub.Housing, Case(1, "ASB/1", key: "key-a"));

        var upper = await Pushes.PushAsync(hub, StorageHub.Housing, Case(1, "ASB/1", status: "Closed", key: "KEY-A"));
        var elsewhere = await Pushes.PushAsync(hub, StorageHub.Environment, Case(1, "ASB/1", status: "Closed", key: "key-a"));

        Assert.False(upper.Row(1).Ack.Duplicate);
        Assert.False(elsewhere.Row(1).Ack.Duplicate);
        Assert.Equal(3L, await db.ScalarAsync<long>("SELECT COUNT(*) FROM source_records"));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Push_UnchangedRecordsWithoutKeys_AreDuplicatesAndChangedOnesNewVersions(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var hub = db.StartHub();
        await Pushes.PushAsync(hub, StorageHub.Housing, Case(1, "ASB/1"), Case(2, "ASB/2"));

        var again = await Pushes.PushAsync(hub, StorageHub.Housing, Case(1, "ASB/1"), Case(2, "ASB/2", status: "Closed"));

        Assert.True(again.Row(1).Ack.Duplicate);
        Assert.Equal(3UL, again.Row(2).Ack.Sequence);
        Assert.Equal(
            [(2L, "ASB/2"), (3L, "ASB/2")],
            await db.QueryAsync<(long Sequence, string Reference)>(
                "SELECT sequence, partner_reference FROM source_records WHERE partner_reference = @Reference ORDER BY sequence", new { Reference = "ASB/2" }));
    }
}
