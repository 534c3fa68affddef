using Chb.Contracts.V1;
using Chb.Hub.FunctionalTests.Support;
using Grpc.Core;
using static Chb.Hub.FunctionalTests.Linking.PartnerRecords;

namespace Chb.Hub.FunctionalTests.Linking;

/// <summary>Analysts' judgements are kept apart from the model's links and survive rebuilds; a rebuild reproduces the links exactly.</summary>
public sealed class JudgementAndRebuildTests : IAsyncLifetime
{
    private readonly HubFactory _hub = new(LinkingClient.Settings());
    private LinkingClient _client = null!;

    public Task InitializeAsync()
    {
        _client = new LinkingClient(_hub);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task Reject_AnAutomaticLink_SeparatesThePairAndSurvivesRebuild()
    {
        await _client.PushAsync(TestSettings.Housing, Housing());
        var link = (await _client.LinksAsync(TestSettings.Housing)).Single(l => l.SubjectKind == "nominal" && l.LeftRecordId.Contains("SUB/", StringComparison.Ordinal) && l.RightRecordId.Contains("SUB/", StringComparison.Ordinal));
        Assert.Equal(link.LeftHubId, link.RightHubId);

        var judged = await _client.Admin.JudgeAsync(new JudgeRequest { LinkId = link.LinkId, Judgement = Judgement.Reject, Reason = "tenancy file shows two brothers" });
        var afterJudgement = await Subjects(judged.Sequence);
        await _client.Admin.RebuildAsync(new RebuildRequest { Projection = "links" });
        var afterRebuild = await Subjects(0);

        Assert.NotEqual(afterJudgement[0], afterJudgement[1]);
        Assert.Equal(afterJudgement, afterRebuild);
        var rejected = (await _client.LinksAsync()).Single(l => l.LinkId == link.LinkId);
        Assert.Equal("reject", rejected.Judgement);
        Assert.NotEqual(rejected.LeftHubId, rejected.RightHubId);
        Assert.Equal(Chb.Tests.Shared.TestIdentity.Admin().Subject, await StoreFile.ScalarAsync<string>(_hub.DatabasePath, "SELECT judged_by FROM link_judgements"));
        Assert.Equal(1L, await StoreFile.ScalarAsync<long>(_hub.DatabasePath, $"SELECT COUNT(*) FROM audit_log WHERE action = 'alteration' AND subjects LIKE '%link:{link.LinkId}%'"));
    }

    [Fact]
    public async Task Confirm_AReviewCandidate_LeavesTheQueueAndJoinsThePair()
    {
        await _client.PushAsync(TestSettings.Police, Nominal(1, "WYP-N-0100", Person(PartyRole.Nominal, "Dean", "Holt", "1991-07-14"), null, null));
        await _client.PushAsync(TestSettings.Housing, Case(1, "ASB/2024/00999", "ASB", [Person(PartyRole.Perpetrator, "Dean", "Holt", "1985-02-03")],
            Place(LocationRelation.Subject, "9 Harris Street, Bradford", "BD3 0RT", null)));
        var queue = await _client.Admin.ListReviewQueueAsync(new ListReviewQueueRequest { MinSequence = _client.LastSequence });
        var candidate = Assert.Single(queue.Candidates);
        Assert.Equal("review", candidate.Outcome);
        Assert.Contains(candidate.Features, f => f.StartsWith("dob:different", StringComparison.Ordinal));
        Assert.NotEqual(candidate.LeftHubId, candidate.RightHubId);

        var judged = await _client.Admin.JudgeAsync(new JudgeRequest { LinkId = candidate.LinkId, Judgement = Judgement.Confirm, Reason = "custody record shows the DOB was mistyped" });
        var after = await _client.Admin.ListReviewQueueAsync(new ListReviewQueueRequest { MinSequence = judged.Sequence });

        Assert.Empty(after.Candidates);
        var police = await _client.SubjectsAsync(TestSettings.Police, "WYP-N-0100");
        Assert.Equal(police.Single().HubId, (await _client.SubjectsAsync(TestSettings.Housing, "ASB/2024/00999")).Single(s => s.SubjectKind == "nominal").HubId);
    }

    [Fact]
    public async Task Rebuild_AfterIncrementalPushesAndARetraction_ProducesIdenticalLinks()
    {
        await _client.PushAsync(TestSettings.Environment, Environment());
        await _client.PushAsync(TestSettings.Housing, Housing()[..2]);
        await _client.PushAsync(TestSettings.Police, Police());
        await _client.PushAsync(TestSettings.Housing, Housing()[2..]);
        var retracted = await new Contracts.V1.Ingest.IngestClient(_hub.Partner(TestSettings.Environment)).RetractAsync(
            new RetractRequest { Agency = TestSettings.Environment, PartnerReferences = { "FT-2024-0457" }, Reason = "entered in error" });
        var before = await _client.SnapshotAsync(retracted.Results[0].Sequence);

        var rebuilt = await _client.Admin.RebuildAsync(new RebuildRequest());
        var after = await _client.SnapshotAsync(rebuilt.RebuiltToSequence);

        Assert.True(rebuilt.RebuiltToSequence >= retracted.Results[0].Sequence);
        Assert.NotEmpty(before);
        Assert.Equal(before, after);
        Assert.DoesNotContain(before, line => line.Contains("FT-2024-0457", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Judge_UnknownLinkOrMissingReason_IsRefused()
    {
        var unknown = await Assert.ThrowsAsync<RpcException>(async () =>
            await _client.Admin.JudgeAsync(new JudgeRequest { LinkId = "LNK-NONE", Judgement = Judgement.Reject, Reason = "no" }));
        var noReason = await Assert.ThrowsAsync<RpcException>(async () =>
            await _client.Admin.JudgeAsync(new JudgeRequest { LinkId = "LNK-NONE", Judgement = Judgement.Reject }));

        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, noReason.StatusCode);
    }

    private async Task<List<string>> Subjects(ulong minSequence)
        => [.. (await _client.AdminOf(TestSettings.Housing).ListRecordSubjectsAsync(new ListRecordSubjectsRequest { Agency = TestSettings.Housing, PartnerReference = "SUB/2024/00007", MinSequence = minSequence }))
            .Subjects.Where(s => s.SubjectKind == "nominal").OrderBy(s => s.Index).Select(s => s.HubId)];
}
