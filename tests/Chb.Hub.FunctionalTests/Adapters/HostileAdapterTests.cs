using System.Text;
using Chb.Contracts.V1;
using Chb.Hub.FunctionalTests.Support;
using Grpc.Core;
using static Chb.Hub.FunctionalTests.Support.Records;

namespace Chb.Hub.FunctionalTests.Adapters;

/// <summary>Misbehaving plugins loaded by the real host cost their own push, never the hub.</summary>
public sealed class HostileAdapterTests : IAsyncLifetime
{
    private static readonly byte[] FiveLines = Encoding.UTF8.GetBytes("a\nb\nsecret-row-content\nd\ne\n");
    private readonly HubFactory _hub = new(new Dictionary<string, string?>
    {
        ["Hub:Adapters:BreakerMinimumThroughput"] = "3",
        ["Hub:Adapters:BreakerFailureRatio"] = "0.5",
        ["Hub:Adapters:BreakDuration"] = "00:10:00",
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task ListAdapters_MismatchedOrBrokenPlugins_AreRefusedAndTheRestServe()
    {
        var adapters = await new Admin.AdminClient(_hub.Admin()).ListAdaptersAsync(new ListAdaptersRequest());

        Assert.DoesNotContain(adapters.Adapters, a => a.Id is "test-future/1" or "test-explodes/1");
        Assert.Contains(adapters.Refused, r => r.Reason.Contains("FutureContractAdapter was built for adapter contract 2", StringComparison.Ordinal));
        Assert.Contains(adapters.Refused, r => r.Reason.Contains("ExplodingConstructorAdapter failed to start", StringComparison.Ordinal));
        Assert.Contains(adapters.Adapters, a => a.Id == "housing-cases-csv/1" && a.Health == AdapterHealth.Healthy);
    }

    [Fact]
    public async Task Push_AdapterThatThrows_KeepsEarlierRowsAndQuarantinesTheRestWithoutItsMessage()
    {
        var outcome = await PushClient.PushFileAsync(_hub.Partner(TestSettings.Housing), TestSettings.Housing, "test-throws/1", FiveLines);

        Assert.NotNull(outcome.Row(1).Ack);
        Assert.NotNull(outcome.Row(2).Ack);
        var failure = outcome.Row(3).Rejection;
        Assert.Equal(RejectionCode.AdapterFailed, failure.Code);
        Assert.Contains("InvalidOperationException", failure.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-row-content", failure.Reason, StringComparison.Ordinal);
        Assert.Equal(2, outcome.Summary.Accepted);
        Assert.Equal(1L, await StoreFile.ScalarAsync<long>(_hub.DatabasePath, "SELECT COUNT(*) FROM quarantine WHERE code = 'AdapterFailed'"));
        Assert.Equal(0L, await StoreFile.ScalarAsync<long>(_hub.DatabasePath, "SELECT COUNT(*) FROM quarantine WHERE reason LIKE '%secret-row-content%'"));
    }

    [Fact]
    public async Task Push_AdapterThatHangs_IsCutOffAfterTheRowTimeoutAndTheHubKeepsServing()
    {
        var channel = _hub.Partner(TestSettings.Housing);

        var outcome = await PushClient.PushFileAsync(channel, TestSettings.Housing, "test-hangs/1", FiveLines);
        var next = await PushClient.PushAsync(channel, Start(TestSettings.Housing), Batch(Case(1, "ASB/1")), Complete());

        Assert.NotNull(outcome.Row(1).Ack);
        Assert.Equal(RejectionCode.AdapterFailed, outcome.Row(2).Rejection.Code);
        Assert.Contains("stopped responding", outcome.Row(2).Rejection.Reason, StringComparison.Ordinal);
        Assert.NotNull(next.Row(1).Ack);
    }

    [Fact]
    public async Task Push_AdapterReturningGarbage_GetsEveryRowRejectedAndNothingStored()
    {
        var outcome = await PushClient.PushFileAsync(_hub.Partner(TestSettings.Housing), TestSettings.Housing, "test-garbage/1", FiveLines);

        Assert.Equal(5, outcome.Summary.Rejected);
        Assert.All(outcome.Rows, r => Assert.NotNull(r.Rejection));
        Assert.Equal(0L, await StoreFile.ScalarAsync<long>(_hub.DatabasePath, "SELECT COUNT(*) FROM source_records"));
        Assert.Equal(5L, await StoreFile.ScalarAsync<long>(_hub.DatabasePath, "SELECT COUNT(*) FROM quarantine"));
    }

    [Fact]
    public async Task Push_AdapterWithNoRowSequence_IsAnAdapterFailure()
    {
        var outcome = await PushClient.PushFileAsync(_hub.Partner(TestSettings.Housing), TestSettings.Housing, "test-null-sequence/1", FiveLines);

        Assert.Equal(RejectionCode.AdapterFailed, Assert.Single(outcome.Rows).Rejection.Code);
    }

    [Fact]
    public async Task Push_RepeatedAdapterFailures_TripTheBreakerForThatAdapterOnly()
    {
        var channel = _hub.Partner(TestSettings.Housing);
        for (var i = 0; i < 3; i++)
        {
            await PushClient.PushFileAsync(channel, TestSettings.Housing, "test-throws/1", FiveLines);
        }

        var tripped = await Assert.ThrowsAsync<RpcException>(() => PushClient.PushFileAsync(channel, TestSettings.Housing, "test-throws/1", FiveLines));
        var adapters = await new Admin.AdminClient(channel).ListAdaptersAsync(new ListAdaptersRequest());

        Assert.Equal(StatusCode.Unavailable, tripped.StatusCode);
        Assert.Equal(AdapterHealth.Tripped, adapters.Adapters.Single(a => a.Id == "test-throws/1").Health);
        Assert.Equal(AdapterHealth.Healthy, adapters.Adapters.Single(a => a.Id == "test-garbage/1").Health);
    }
}
