using Chb.Contracts.V1;
using Chb.Hub.FunctionalTests.Support;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;
using static Chb.Hub.FunctionalTests.Support.Records;

namespace Chb.Hub.FunctionalTests.Server;

public sealed class ServerSurfaceTests : IAsyncLifetime
{
    private readonly HubFactory _hub = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task Health_OverallAndStore_AreServing()
    {
        var health = new Health.HealthClient(_hub.CreateChannel());

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, (await health.CheckAsync(new HealthCheckRequest())).Status);
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, (await health.CheckAsync(new HealthCheckRequest { Service = "store" })).Status);
    }

    [Fact]
    public async Task Reflection_ListsEveryPublicService()
    {
        using var call = new ServerReflection.ServerReflectionClient(_hub.Admin()).ServerReflectionInfo();
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = string.Empty });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));

        var names = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();
        Assert.Contains("chb.v1.Ingest", names);
        Assert.Contains("chb.v1.Admin", names);
        Assert.Contains("grpc.health.v1.Health", names);
    }

    [Fact]
    public async Task GetStoreStatus_AtAnAckedSequence_SeesThatWrite()
    {
        var pushed = await PushClient.PushAsync(_hub.Partner(TestSettings.Housing), Start(TestSettings.Housing), Batch(Case(1, "ASB/1"), Case(2, "ASB/2")), Complete());

        var status = await new Admin.AdminClient(_hub.Admin()).GetStoreStatusAsync(new GetStoreStatusRequest { MinSequence = pushed.Summary.LastSequence });

        Assert.True(status.LastSequence >= pushed.Summary.LastSequence);
        Assert.Equal(2, status.SourceRecords);
        Assert.Equal("Sqlite", status.Provider);
    }

    [Fact]
    public async Task GetStoreStatus_AtAFutureSequence_IsUnavailableAfterTheConfiguredWait()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
            await new Admin.AdminClient(_hub.Admin()).GetStoreStatusAsync(new GetStoreStatusRequest { MinSequence = 1_000_000 }));

        Assert.Equal(StatusCode.Unavailable, ex.StatusCode);
    }

    [Fact]
    public async Task GetStoreStatus_WaitingForASequence_AnswersWhenAnotherCallCommitsIt()
    {
        // A generous wait: the read must end because the commit arrives, never because time ran out.
        await using var hub = new HubFactory(new Dictionary<string, string?> { ["Hub:Reads:MinSequenceWait"] = "00:00:30" });
        var read = new Admin.AdminClient(hub.Admin()).GetStoreStatusAsync(new GetStoreStatusRequest { MinSequence = 1 }).ResponseAsync;
        await PushClient.PushAsync(hub.Partner(TestSettings.Housing), Start(TestSettings.Housing), Batch(Case(1, "ASB/1")), Complete());

        var status = await read;

        Assert.Equal(1, status.SourceRecords);
    }
}
