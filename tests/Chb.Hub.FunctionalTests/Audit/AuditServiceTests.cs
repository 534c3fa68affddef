using Chb.Contracts.V1;
using Chb.Hub.FunctionalTests.Support;
using Chb.Tests.Shared;
using Dapper;
using Grpc.Core;
using Microsoft.Data.Sqlite;
using static Chb.Hub.FunctionalTests.Support.Records;

namespace Chb.Hub.FunctionalTests.Audit;

/// <summary>The auditor's RPCs: query, verify, export a checkpoint, and verify against it after tampering.</summary>
public sealed class AuditServiceTests : IAsyncLifetime
{
    private readonly HubFactory _hub = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task Verify_AfterPushesAndARetraction_IsIntactAndAgreesWithAnExportedCheckpoint()
    {
        await PushTwoBatchesAndRetractAsync();
        var audit = Auditor();

        var checkpoint = await audit.ExportCheckpointAsync(new ExportCheckpointRequest());
        var plain = await audit.VerifyAsync(new VerifyRequest());
        var against = await audit.VerifyAsync(new VerifyRequest { Against = checkpoint });

        Assert.True(plain.Intact, plain.Detail);
        Assert.True(against.Intact, against.Detail);
        Assert.Equal(3UL, checkpoint.Position);
        Assert.Equal(64, checkpoint.Signature.Length);
    }

    [Theory]
    [InlineData("UPDATE audit_log SET actor_agency = 'BDC-ENV' WHERE position = 2", 2UL)]
    [InlineData("DELETE FROM audit_log WHERE position = 2", 2UL)]
    [InlineData("UPDATE audit_log SET position = -1 WHERE position = 1; UPDATE audit_log SET position = 1 WHERE position = 2; UPDATE audit_log SET position = 2 WHERE position = -1", 1UL)]
    public async Task Verify_AfterOneEntryIsEditedDeletedOrReordered_ReportsThePosition(string tamper, ulong position)
    {
        await PushTwoBatchesAndRetractAsync();
        await using (var connection = new SqliteConnection($"Data Source={_hub.DatabasePath};Pooling=False"))
        {
            await connection.ExecuteAsync(tamper);
        }

        var result = await Auditor().VerifyAsync(new VerifyRequest());

        Assert.False(result.Intact);
        Assert.Equal(position, result.FirstBadPosition);
    }

    [Fact]
    public async Task Verify_AgainstATruncatedLog_FailsTheCheckpoint()
    {
        await PushTwoBatchesAndRetractAsync();
        var checkpoint = await Auditor().ExportCheckpointAsync(new ExportCheckpointRequest());
        await using (var connection = new SqliteConnection($"Data Source={_hub.DatabasePath};Pooling=False"))
        {
            await connection.ExecuteAsync("DELETE FROM audit_log WHERE position = 3");
        }

        var result = await Auditor().VerifyAsync(new VerifyRequest { Against = checkpoint });

        Assert.False(result.Intact);
    }

    [Fact]
    public async Task Query_ByActor_AnswersTheirEntriesAndIsItselfLogged()
    {
        await PushTwoBatchesAndRetractAsync();
        var partner = TestIdentity.Partner(TestSettings.Housing).Subject;

        var page = await Auditor().QueryAsync(new AuditQueryRequest { Actor = partner, Purpose = Purpose() });
        var all = await Auditor().QueryAsync(new AuditQueryRequest { Purpose = Purpose(), Page = new PageRequest { PageSize = 100 } });

        Assert.Equal(["collection", "collection", "alteration"], page.Entries.Select(e => e.Action));
        Assert.All(page.Entries, e => Assert.Equal(TestSettings.Housing, e.ActorAgency));
        var own = all.Entries.Where(e => e.Actor == TestIdentity.Auditor().Subject).ToList();
        Assert.Equal(2, own.Count);
        Assert.All(own, e => Assert.StartsWith("Audit.Query AUDIT: quarterly review", e.Purpose, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Query_BySubjectAndPaged_WalksEveryMatchOnce()
    {
        await PushTwoBatchesAndRetractAsync();
        var seen = new List<ulong>();
        var token = string.Empty;
        do
        {
            var page = await Auditor().QueryAsync(new AuditQueryRequest { Purpose = Purpose(), Page = new PageRequest { PageSize = 1, PageToken = token } });
            seen.AddRange(page.Entries.Select(e => e.Position));
            token = page.Page.NextPageToken;
        }
        while (token.Length > 0 && seen.Count < 50);

        Assert.Equal(seen.Distinct().Order(), seen);
        Assert.Contains(3UL, seen);
    }

    [Fact]
    public async Task ConcurrentReads_AreEachLoggedOnceAndTheChainStaysIntact()
    {
        var audit = Auditor();

        await Task.WhenAll(Enumerable.Range(0, 24).Select(async _ => await audit.QueryAsync(new AuditQueryRequest { Purpose = Purpose(), Page = new PageRequest { PageSize = 1 } })));

        var logged = await StoreFileCountAsync("SELECT COUNT(*) FROM audit_log WHERE action = 'consultation'");
        Assert.Equal(24L, logged);
        var verified = await audit.VerifyAsync(new VerifyRequest());
        Assert.True(verified.Intact, verified.Detail);
        Assert.Equal(24UL, verified.EntriesChecked);
    }

    [Fact]
    public async Task Query_WithoutAPurpose_IsInvalidArgument()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(async () => await Auditor().QueryAsync(new AuditQueryRequest()));

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
    }

    private Task<long> StoreFileCountAsync(string sql) => StoreFile.ScalarAsync<long>(_hub.DatabasePath, sql);

    private static QueryPurpose Purpose() => new() { Code = PurposeCode.Audit, Justification = "quarterly review" };

    private Contracts.V1.Audit.AuditClient Auditor() => new(_hub.CreateChannel(TestIdentity.Auditor()));

    private async Task PushTwoBatchesAndRetractAsync()
    {
        var housing = _hub.Partner(TestSettings.Housing);
        await PushClient.PushAsync(housing, Start(TestSettings.Housing), Batch(Case(1, "ASB/1")), Complete());
        await PushClient.PushAsync(housing, Start(TestSettings.Housing), Batch(Case(1, "ASB/2")), Complete());
        await new Contracts.V1.Ingest.IngestClient(housing).RetractAsync(
            new RetractRequest { PartnerReferences = { "ASB/1" }, Reason = "entered in error" });
    }
}
