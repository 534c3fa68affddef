using Chb.Contracts.V1;
using Chb.Hub.FunctionalTests.Support;
using Google.Protobuf;
using Google.Rpc;
using Grpc.Core;
using static Chb.Hub.FunctionalTests.Support.Records;

namespace Chb.Hub.FunctionalTests.Ingest;

public sealed class PushProtocolTests : IAsyncLifetime
{
    private readonly HubFactory _hub = new(new Dictionary<string, string?>
    {
        ["Hub:Ingest:MaxMessageBytes"] = "65536",
        ["Hub:Ingest:MaxMessagesPerStream"] = "5",
        ["Hub:Ingest:IdleTimeout"] = "00:00:00.300",
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task Push_WithoutStart_IsInvalidArgumentNamingStart()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() => PushClient.PushAsync(_hub.Partner(TestSettings.Housing), Batch(Case(1, "A")), Complete()));

        AssertBadRequest(ex, "start");
    }

    [Fact]
    public async Task Push_FromAnAgencyTheHubDoesNotServe_IsPermissionDenied()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() => PushClient.PushAsync(_hub.Partner("NOBODY"), Start("NOBODY"), Complete()));

        Assert.Equal(StatusCode.PermissionDenied, ex.StatusCode);
    }

    [Fact]
    public async Task Push_NamingAnotherAgencyThanTheCallers_IsPermissionDeniedAndStoresNothing()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() =>
            PushClient.PushAsync(_hub.Partner(TestSettings.Housing), Start(TestSettings.Police), Batch(Case(1, "ASB/1")), Complete()));

        Assert.Equal(StatusCode.PermissionDenied, ex.StatusCode);
        Assert.Equal(0L, await StoreFile.ScalarAsync<long>(_hub.DatabasePath, "SELECT COUNT(*) FROM source_records"));
    }

    [Fact]
    public async Task Push_WithoutNamingAnAgency_StoresUnderTheCallersAgency()
    {
        var outcome = await PushClient.PushAsync(_hub.Partner(TestSettings.Housing), Start(string.Empty), Batch(Case(1, "ASB/1")), Complete());

        Assert.NotNull(outcome.Row(1).Ack);
        Assert.Equal(TestSettings.Housing, await StoreFile.ScalarAsync<string>(_hub.DatabasePath, "SELECT agency FROM source_records"));
    }

    [Fact]
    public async Task Push_ChunksWithoutAdapter_IsInvalidArgument()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() => PushClient.PushAsync(_hub.Partner(TestSettings.Housing),
            Start(TestSettings.Housing), new PushRequest { Chunk = new FileChunk { Data = ByteString.CopyFromUtf8("x") } }, Complete()));

        AssertBadRequest(ex, "chunk");
    }

    [Fact]
    public async Task Push_SecondStart_IsInvalidArgument()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() => PushClient.PushAsync(_hub.Partner(TestSettings.Housing),
            Start(TestSettings.Housing), Start(TestSettings.Housing), Complete()));

        AssertBadRequest(ex, "start");
    }

    [Fact]
    public async Task Push_UnknownAdapter_IsNotFound()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() => PushClient.PushAsync(_hub.Partner(TestSettings.Housing), Start(TestSettings.Housing, "no-such/1"), Complete()));

        Assert.Equal(StatusCode.NotFound, ex.StatusCode);
    }

    [Fact]
    public async Task Push_AdapterForAnotherKindOfAgency_IsFailedPrecondition()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() => PushClient.PushAsync(_hub.Partner(TestSettings.Housing), Start(TestSettings.Housing, "police-nominals-xml/1"), Complete()));

        Assert.Equal(StatusCode.FailedPrecondition, ex.StatusCode);
    }

    [Fact]
    public async Task Push_OversizeMessage_IsResourceExhaustedAndStoresNothing()
    {
        var big = Case(1, "ASB/1");
        big.Record.Notes = new MarkedText { Value = new string('x', 70_000), Disclosure = Disclosure.OwnerOnly };

        var ex = await Assert.ThrowsAsync<RpcException>(() => PushClient.PushAsync(_hub.Partner(TestSettings.Housing), Start(TestSettings.Housing), Batch(big), Complete()));

        Assert.Equal(StatusCode.ResourceExhausted, ex.StatusCode);
        Assert.Equal(0L, await StoreFile.ScalarAsync<long>(_hub.DatabasePath, "SELECT COUNT(*) FROM source_records"));
    }

    [Fact]
    public async Task Push_MoreMessagesThanTheCap_IsResourceExhaustedAfterCommittingEarlierBatches()
    {
        var messages = new List<PushRequest> { Start(TestSettings.Housing) };
        messages.AddRange(Enumerable.Range(1, 6).Select(i => Batch(Case(i, $"ASB/{i}"))));

        var ex = await Assert.ThrowsAsync<RpcException>(() => PushClient.PushAsync(_hub.Partner(TestSettings.Housing), messages));

        Assert.Equal(StatusCode.ResourceExhausted, ex.StatusCode);
        Assert.Equal(4L, await StoreFile.ScalarAsync<long>(_hub.DatabasePath, "SELECT COUNT(*) FROM source_records"));
    }

    [Fact]
    public async Task Push_IdleClient_IsEndedWithDeadlineExceeded()
    {
        using var call = new Contracts.V1.Ingest.IngestClient(_hub.Partner(TestSettings.Housing)).Push();
        await call.RequestStream.WriteAsync(Start(TestSettings.Housing));

        var ex = await Assert.ThrowsAsync<RpcException>(() => PushClient.ReadAllAsync(call.ResponseStream));

        Assert.Equal(StatusCode.DeadlineExceeded, ex.StatusCode);
    }

    private static void AssertBadRequest(RpcException ex, string field)
    {
        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        var details = ex.GetRpcStatus()?.GetDetail<BadRequest>();
        Assert.NotNull(details);
        Assert.Contains(details.FieldViolations, v => v.Field == field);
    }
}
