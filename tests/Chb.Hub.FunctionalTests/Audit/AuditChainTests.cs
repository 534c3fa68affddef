using Chb.Hub.Audit;
using Chb.Hub.FunctionalTests.Support;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using static Chb.Hub.FunctionalTests.Support.Records;

namespace Chb.Hub.FunctionalTests.Audit;

/// <summary>The audit chain verifies when untouched and catches any single edit, deletion or reordering.</summary>
public sealed class AuditChainTests : IAsyncLifetime
{
    private readonly HubFactory _hub = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task Push_CommittedBatch_IsAuditedAsACollectionWithoutRecordContent()
    {
        var pushed = await PushClient.PushAsync(_hub.Partner(TestSettings.Housing), Start(TestSettings.Housing), Batch(Case(1, "ASB/1"), Case(2, "ASB/2")), Complete());

        var entries = await Log.ReadAsync(0, 100, actor: null, CancellationToken.None);
        var entry = Assert.Single(entries);
        Assert.Equal(AuditActions.Collection, entry.Event.Action);
        Assert.Equal(TestSettings.Housing, entry.Event.ActorAgency);
        Assert.Contains($"sequences:{pushed.Row(1).Ack.Sequence}-{pushed.Row(2).Ack.Sequence}", entry.Event.Subjects);
        Assert.DoesNotContain(entries, e => e.Event.Subjects.Any(s => s.Contains("Holt", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Retract_IsAuditedAsAnAlterationAndTheChainStillVerifies()
    {
        var channel = _hub.Partner(TestSettings.Housing);
        await PushClient.PushAsync(channel, Start(TestSettings.Housing), Batch(Case(1, "ASB/1")), Complete());
        var retracted = await new Contracts.V1.Ingest.IngestClient(channel).RetractAsync(
            new Contracts.V1.RetractRequest { Agency = TestSettings.Housing, PartnerReferences = { "ASB/1" }, Reason = "entered in error" });

        var entries = await Log.ReadAsync(0, 100, actor: null, CancellationToken.None);

        Assert.Equal([AuditActions.Collection, AuditActions.Alteration], entries.Select(e => e.Event.Action));
        Assert.Equal([$"retraction:{retracted.Results[0].Sequence}"], entries[1].Event.Subjects);
        Assert.True((await Verifier.VerifyAsync(null, Key, CancellationToken.None)).Intact);
    }

    [Fact]
    public async Task Verify_UntouchedChain_IsIntact()
    {
        await AppendAsync(5);

        var result = await Verifier.VerifyAsync(null, Key, CancellationToken.None);

        Assert.True(result.Intact, result.Detail);
        Assert.Equal(5, result.EntriesChecked);
    }

    [Theory]
    [InlineData("UPDATE audit_log SET actor = 'someone-else' WHERE position = 3", 3)]
    [InlineData("UPDATE audit_log SET subjects = '[\"nominal:N-OTHER\"]' WHERE position = 2", 2)]
    [InlineData("DELETE FROM audit_log WHERE position = 4", 4)]
    [InlineData("UPDATE audit_log SET position = -1 WHERE position = 2; UPDATE audit_log SET position = 2 WHERE position = 3; UPDATE audit_log SET position = 3 WHERE position = -1", 2)]
    public async Task Verify_OneEntryTamperedWith_ReportsWhere(string tamper, long expectedBad)
    {
        await AppendAsync(5);
        await ExecuteAsync(tamper);

        var result = await Verifier.VerifyAsync(null, Key, CancellationToken.None);

        Assert.False(result.Intact);
        Assert.Equal(expectedBad, result.FirstBadPosition);
    }

    [Fact]
    public async Task Verify_WholeChainRewrittenAfterACheckpoint_FailsAgainstTheCheckpoint()
    {
        await AppendAsync(3);
        var head = await Log.HeadAsync(CancellationToken.None);
        var at = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);
        var checkpoint = new AuditCheckpoint(head.Position, head.Hash, at, AuditHashing.Sign(Key, head.Position, head.Hash, at));

        // Someone with write access edits entry 2 and recomputes every later hash: the chain alone still verifies.
        await RewriteFromAsync(2, "tampered-actor");

        Assert.True((await Verifier.VerifyAsync(null, Key, CancellationToken.None)).Intact);
        var against = await Verifier.VerifyAsync(checkpoint, Key, CancellationToken.None);
        Assert.False(against.Intact);
        Assert.Equal(3, against.FirstBadPosition);
    }

    [Fact]
    public async Task Verify_ForgedCheckpoint_IsRejected()
    {
        await AppendAsync(2);
        var head = await Log.HeadAsync(CancellationToken.None);

        var forged = new AuditCheckpoint(head.Position, head.Hash, DateTimeOffset.UnixEpoch, new string('0', 64));

        Assert.False((await Verifier.VerifyAsync(forged, Key, CancellationToken.None)).Intact);
    }

    private AuditLog Log => _hub.Services.GetRequiredService<AuditLog>();

    private AuditVerifier Verifier => _hub.Services.GetRequiredService<AuditVerifier>();

    private byte[] Key => _hub.Services.GetRequiredService<AuditCheckpointKey>().Value;

    private async Task AppendAsync(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            await Log.AppendAsync(new AuditEvent($"officer-{i}", "lro", TestSettings.Police, AuditActions.Consultation, [$"nominal:N-{i}"]) { Purpose = "test" }, CancellationToken.None);
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_hub.DatabasePath};Pooling=False");
        await connection.ExecuteAsync(sql);
    }

    private async Task RewriteFromAsync(long position, string actor)
    {
        var entries = await Log.ReadAsync(0, 100, actor: null, CancellationToken.None);
        var previous = entries.Single(e => e.Position == position).PreviousHash;
        await using var connection = new SqliteConnection($"Data Source={_hub.DatabasePath};Pooling=False");
        foreach (var entry in entries.Where(e => e.Position >= position))
        {
            var changed = entry.Position == position ? entry.Event with { Actor = actor } : entry.Event;
            var hash = AuditHashing.EntryHash(previous, entry.Position, entry.At, changed);
            await connection.ExecuteAsync(
                "UPDATE audit_log SET actor = @Actor, previous_hash = @Previous, entry_hash = @Hash WHERE position = @Position",
                new { changed.Actor, Previous = previous, Hash = hash, entry.Position });
            previous = hash;
        }
    }
}
