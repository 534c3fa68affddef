using Chb.Contracts.V1;
using Chb.Hub.FunctionalTests.Support;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Chb.Hub.FunctionalTests.Disruption;

/// <summary>Recording outcomes moves the options and the watch; a resumed watch misses nothing and repeats nothing.</summary>
public sealed class OutcomeAndWatchTests : IAsyncLifetime
{
    private readonly HubFactory _hub = new(LroClient.Settings());
    private readonly LroClient _lro;

    public OutcomeAndWatchTests() => _lro = new LroClient(_hub);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task RecordOutcome_ClosesTheOptionShowsTheHistoryAndIsRecordedOnceWhenRetried()
    {
        await _lro.PushAllSamplesAsync();
        var khan = await _lro.NominalNamedAsync("Khan");
        var warrant = (await _lro.NominalOptionsAsync(khan.HubId)).Opportunities.Single(o => o.TacticId == "X5");
        var request = Outcome(warrant.OpportunityId, "req-1", OpportunityStatus.Done);

        var first = await _lro.Lro().RecordOutcomeAsync(request);
        var retried = await _lro.Lro().RecordOutcomeAsync(request);
        var after = await _lro.NominalOptionsAsync(khan.HubId);

        Assert.Equal(first.Intervention.InterventionId, retried.Intervention.InterventionId);
        Assert.Equal(first.Sequence, retried.Sequence);
        Assert.Equal(OpportunityStatus.Done, after.Opportunities.Single(o => o.OpportunityId == warrant.OpportunityId).Status);
        var history = Assert.Single(after.History);
        Assert.Equal(DisruptionGrade.Major, history.AssessedDisruption);
        Assert.Equal(TestSettings.Police, history.RecordedByAgency);
        Assert.DoesNotContain(after.Groups, g => g.OpportunityIds.Contains(warrant.OpportunityId));
    }

    [Fact]
    public async Task RecordOutcome_OnAnOpportunityOutsideTheCallersOcgs_IsNotFoundLikeAnUnknownOne()
    {
        await _lro.PushAllSamplesAsync();
        var khan = await _lro.NominalNamedAsync("Khan");
        var warrant = (await _lro.NominalOptionsAsync(khan.HubId)).Opportunities.Single(o => o.TacticId == "X5");
        var outsider = _lro.Lro(TestSettings.Police, LroClient.LeedsRoadGroup);

        var foreign = await Assert.ThrowsAsync<RpcException>(async () => await outsider.RecordOutcomeAsync(Outcome(warrant.OpportunityId, "x-1", OpportunityStatus.Done)));
        var unknown = await Assert.ThrowsAsync<RpcException>(async () => await outsider.RecordOutcomeAsync(Outcome("OPP-0000000000000000", "x-2", OpportunityStatus.Done)));

        Assert.Equal(StatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(unknown.StatusCode, foreign.StatusCode);
        Assert.Equal(unknown.Status.Detail.Replace("OPP-0000000000000000", warrant.OpportunityId, StringComparison.Ordinal), foreign.Status.Detail);
        Assert.Equal(OpportunityStatus.Open, (await _lro.NominalOptionsAsync(khan.HubId)).Opportunities.Single(o => o.TacticId == "X5").Status);
    }

    [Fact]
    public async Task Watch_FromZero_ReplaysHistoryThenAnnouncesCaughtUpThenStreamsAnOutcome()
    {
        await _lro.PushAllSamplesAsync();
        var ocg = await _lro.OcgAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var call = _lro.Lro().Watch(new WatchRequest { Options = LroClient.Options(), AfterSequence = 0 }, cancellationToken: cts.Token);
        var stream = call.ResponseStream;

        var history = await ReadUntilCaughtUpAsync(stream, cts.Token);
        var target = ocg.Opportunities.First(o => o.Status == OpportunityStatus.Open);
        await _lro.Lro().RecordOutcomeAsync(Outcome(target.OpportunityId, "req-w", OpportunityStatus.NotPursued));
        Assert.True(await stream.MoveNext(cts.Token));
        var live = stream.Current;

        Assert.Equal(ocg.Opportunities.Select(o => o.OpportunityId).Order(), history.Where(e => e.Kind == WatchEventKind.New).Select(e => e.Opportunity.OpportunityId).Order());
        Assert.Equal(WatchEventKind.Closed, live.Kind);
        Assert.Equal(target.OpportunityId, live.Opportunity.OpportunityId);
        Assert.Equal(OpportunityStatus.NotPursued, live.Opportunity.Status);
        Assert.True(live.Sequence > history.Max(e => e.Sequence));
    }

    [Fact]
    public async Task Watch_ResumedFromASequence_MissesNothingAndRepeatsNothing()
    {
        await _lro.PushPoliceAsync();
        await _lro.OcgAsync();
        var whole = new List<WatchEvent>();
        ulong resumeFrom;
        using (var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        using (var first = _lro.Lro().Watch(new WatchRequest { Options = LroClient.Options() , AfterSequence = 0 }, cancellationToken: cts.Token))
        {
            var seen = await ReadUntilCaughtUpAsync(first.ResponseStream, cts.Token);
            whole.AddRange(seen);
            resumeFrom = seen.Count > 1 ? seen[seen.Count / 2].Sequence : seen[^1].Sequence;
        }

        // More changes while disconnected: the housing and environment exports add and change options.
        await _lro.PushHousingAsync();
        await _lro.PushEnvironmentAsync();
        await _lro.OcgAsync();
        List<WatchEvent> resumed;
        List<WatchEvent> replay;
        using (var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            using var again = _lro.Lro().Watch(new WatchRequest { Options = LroClient.Options(), AfterSequence = resumeFrom }, cancellationToken: cts.Token);
            resumed = await ReadUntilCaughtUpAsync(again.ResponseStream, cts.Token);
            using var full = _lro.Lro().Watch(new WatchRequest { Options = LroClient.Options(), AfterSequence = 0 }, cancellationToken: cts.Token);
            replay = await ReadUntilCaughtUpAsync(full.ResponseStream, cts.Token);
        }

        var expected = replay.Where(e => e.Sequence > resumeFrom).Select(e => e.Sequence).ToList();
        Assert.Equal(expected, resumed.Select(e => e.Sequence));
        Assert.Equal(resumed.Select(e => e.Sequence).Distinct().Count(), resumed.Count);
        Assert.All(resumed, e => Assert.True(e.Sequence > resumeFrom));
        Assert.Contains(resumed, e => e.Kind == WatchEventKind.New);
    }

    [Fact]
    public async Task Watch_OnlyCarriesTheCallersOcgs()
    {
        await _lro.PushAllSamplesAsync();
        var kenmore = await _lro.OcgAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var call = _lro.Lro().Watch(new WatchRequest { Options = LroClient.Options(), AfterSequence = 0 }, cancellationToken: cts.Token);

        var events = await ReadUntilCaughtUpAsync(call.ResponseStream, cts.Token);

        var visible = kenmore.Opportunities.Select(o => o.OpportunityId).ToHashSet();
        Assert.All(events, e => Assert.Contains(e.Opportunity.OpportunityId, visible));
    }

    private static RecordOutcomeRequest Outcome(string opportunityId, string requestId, OpportunityStatus status) => new()
    {
        Options = LroClient.Options(),
        OpportunityId = opportunityId,
        RequestId = requestId,
        TakenAt = Timestamp.FromDateTimeOffset(TimeProvider.System.GetUtcNow().AddHours(-1)),
        AssessedDisruption = DisruptionGrade.Major,
        OutcomeSummary = "Arrested at the address; remanded",
        NewStatus = status,
    };

    private static async Task<List<WatchEvent>> ReadUntilCaughtUpAsync(IAsyncStreamReader<WatchEvent> stream, CancellationToken cancellationToken)
    {
        var events = new List<WatchEvent>();
        while (await stream.MoveNext(cancellationToken))
        {
            if (stream.Current.Kind == WatchEventKind.CaughtUp)
            {
                return events;
            }

            events.Add(stream.Current);
        }

        throw new InvalidOperationException("The watch ended before it caught up.");
    }
}
