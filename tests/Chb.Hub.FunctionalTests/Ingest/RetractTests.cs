using Chb.Contracts.V1;
using Chb.Hub.FunctionalTests.Support;
using Grpc.Core;
using static Chb.Hub.FunctionalTests.Support.Records;

namespace Chb.Hub.FunctionalTests.Ingest;

public sealed class RetractTests : IAsyncLifetime
{
    private readonly HubFactory _hub = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task Retract_StoredRecord_MarksEveryVersionWithANewSequence()
    {
        var channel = _hub.Partner(TestSettings.Housing);
        await PushClient.PushAsync(channel, Start(TestSettings.Housing), Batch(Case(1, "ASB/1")), Complete());
        var pushed = await PushClient.PushAsync(channel, Start(TestSettings.Housing), Batch(Case(1, "ASB/1", status: "Closed")), Complete());

        var response = await Client(channel).RetractAsync(Request(TestSettings.Housing, "ASB/1"));

        var result = Assert.Single(response.Results);
        Assert.Equal(RetractOutcome.Retracted, result.Outcome);
        Assert.True(result.Sequence > pushed.Summary.LastSequence);
        Assert.Equal(2L, await StoreFile.ScalarAsync<long>(_hub.DatabasePath, "SELECT COUNT(*) FROM source_records WHERE retracted = 1"));
    }

    [Fact]
    public async Task Retract_Twice_SaysAlreadyRetracted()
    {
        var channel = _hub.Partner(TestSettings.Housing);
        await PushClient.PushAsync(channel, Start(TestSettings.Housing), Batch(Case(1, "ASB/1")), Complete());
        await Client(channel).RetractAsync(Request(TestSettings.Housing, "ASB/1"));

        var again = await Client(channel).RetractAsync(Request(TestSettings.Housing, "ASB/1"));

        Assert.Equal(RetractOutcome.AlreadyRetracted, again.Results[0].Outcome);
        Assert.Equal(0UL, again.Results[0].Sequence);
    }

    [Fact]
    public async Task Retract_AnotherAgencysRecord_LooksExactlyLikeAnUnknownOne()
    {
        await PushClient.PushAsync(_hub.Partner(TestSettings.Housing), Start(TestSettings.Housing), Batch(Case(1, "ASB/1")), Complete());
        var environment = _hub.Partner(TestSettings.Environment);

        var foreign = await Client(environment).RetractAsync(Request(TestSettings.Environment, "ASB/1"));
        var unknown = await Client(environment).RetractAsync(Request(TestSettings.Environment, "NEVER-PUSHED"));

        Assert.Equal(RetractOutcome.NotFound, foreign.Results[0].Outcome);
        Assert.Equal(unknown.Results[0].Outcome, foreign.Results[0].Outcome);
        Assert.Equal(0L, await StoreFile.ScalarAsync<long>(_hub.DatabasePath, "SELECT COUNT(*) FROM source_records WHERE retracted = 1"));
    }

    [Fact]
    public async Task Retract_WithoutReason_IsInvalidArgument()
    {
        var request = Request(TestSettings.Housing, "ASB/1");
        request.Reason = string.Empty;

        var ex = await Assert.ThrowsAsync<RpcException>(async () => await Client(_hub.Partner(TestSettings.Housing)).RetractAsync(request));

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
    }

    [Fact]
    public async Task Retract_NamingAnotherAgency_IsPermissionDeniedAndRetractsNothing()
    {
        await PushClient.PushAsync(_hub.Partner(TestSettings.Environment), Start(TestSettings.Environment), Batch(Case(1, "FT/1")), Complete());

        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
            await Client(_hub.Partner(TestSettings.Housing)).RetractAsync(Request(TestSettings.Environment, "FT/1")));

        Assert.Equal(StatusCode.PermissionDenied, ex.StatusCode);
        Assert.Equal(0L, await StoreFile.ScalarAsync<long>(_hub.DatabasePath, "SELECT COUNT(*) FROM source_records WHERE retracted = 1"));
    }

    private static Contracts.V1.Ingest.IngestClient Client(global::Grpc.Net.Client.GrpcChannel channel) => new(channel);

    private static RetractRequest Request(string agency, string reference)
        => new() { Agency = agency, PartnerReferences = { reference }, Reason = "entered in error" };
}
