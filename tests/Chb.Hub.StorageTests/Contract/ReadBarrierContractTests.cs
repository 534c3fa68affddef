using Chb.Contracts.V1;
using Chb.Hub.StorageTests.Support;
using Grpc.Core;
using static Chb.Hub.StorageTests.Support.Records;

namespace Chb.Hub.StorageTests.Contract;

public sealed class ReadBarrierContractTests
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task GetStoreStatus_AtTheSequenceOfAPush_SeesThatPush(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var hub = db.StartHub();
        var pushed = await Pushes.PushAsync(hub, StorageHub.Housing, Case(1, "ASB/1"), Invalid(2, "ASB/2"), Case(3, "ASB/3"));

        var status = await hub.Admin().GetStoreStatusAsync(new GetStoreStatusRequest { MinSequence = pushed.Summary.LastSequence });

        Assert.Equal((provider, 2UL, 2L, 1L), (status.Provider, status.LastSequence, status.SourceRecords, status.Quarantined));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task GetStoreStatus_BeyondTheLastSequence_IsUnavailableAfterTheWait(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var hub = db.StartHub();
        await Pushes.PushAsync(hub, StorageHub.Housing, Case(1, "ASB/1"));

        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
            await hub.Admin().GetStoreStatusAsync(new GetStoreStatusRequest { MinSequence = 2 }));

        Assert.Equal(StatusCode.Unavailable, ex.StatusCode);
    }
}
