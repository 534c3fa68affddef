using System.Text.Json;
using Chb.Cli.Tests.Support;
using Chb.Tests.Shared;
using Microsoft.Data.Sqlite;

namespace Chb.Cli.Tests.Commands;

/// <summary><c>chb audit verify|checkpoint|query</c> as an auditor, including a log tampered with behind the hub's back.</summary>
public sealed class AuditCommandTests : IAsyncLifetime
{
    private static readonly Chb.Contracts.Security.HubPersona Auditor = TestIdentity.Auditor();
    private readonly CliHub _hub = new();
    private readonly TempDirectory _folder = new();
    private readonly LroSite _site;

    public AuditCommandTests() => _site = new LroSite(_hub);

    public Task InitializeAsync() => _site.PushAllAsync();

    public async Task DisposeAsync()
    {
        await _hub.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Verify_IntactThenTampered_ExitsZeroThenEightNamingTheFirstBadPosition()
    {
        var intact = await _hub.RunAsync(Auditor, "audit", "verify");
        Tamper("UPDATE audit_log SET actor = 'x' WHERE position = 1");
        var tampered = await _hub.RunAsync(Auditor, "audit", "verify");
        var json = await _hub.RunAsync(Auditor, "audit", "verify", "--json");

        Assert.True(intact.ExitCode == 0, intact.ToString());
        Assert.Matches(@"^The audit log is intact: \d+ entries checked\.", intact.Out);
        Assert.Equal(8, tampered.ExitCode);
        Assert.StartsWith("The audit log is NOT intact: first bad position 1: entry 1 does not match its hash chain", tampered.Out, StringComparison.Ordinal);
        Assert.Equal(8, json.ExitCode);
        var result = JsonDocument.Parse(json.Out).RootElement;
        Assert.False(result.GetProperty("intact").GetBoolean());
        Assert.Equal(1UL, result.GetProperty("firstBadPosition").GetUInt64());
    }

    [Fact]
    public async Task Checkpoint_WrittenToAFile_IsAcceptedByVerifyAndCatchesALaterRewrite()
    {
        var file = _folder.File("checkpoint.json");

        var export = await _hub.RunAsync(Auditor, "audit", "checkpoint", "--out", file);
        var verified = await _hub.RunAsync(Auditor, "audit", "verify", "--checkpoint", file);
        var checkpoint = JsonDocument.Parse(await File.ReadAllTextAsync(file)).RootElement;
        Tamper("DELETE FROM audit_log WHERE position > 1");
        var shortened = await _hub.RunAsync(Auditor, "audit", "verify", "--checkpoint", file, "--json");

        Assert.True(export.ExitCode == 0, export.ToString());
        Assert.Contains($"written to {file}", export.Out, StringComparison.Ordinal);
        Assert.True(checkpoint.GetProperty("position").GetUInt64() > 1);
        Assert.NotEmpty(checkpoint.GetProperty("signature").GetString()!);
        Assert.True(verified.ExitCode == 0, verified.ToString());
        Assert.Contains($"against the checkpoint at position {checkpoint.GetProperty("position").GetUInt64()} in {file}", verified.Out, StringComparison.Ordinal);
        Assert.Equal(8, shortened.ExitCode);
        Assert.False(JsonDocument.Parse(shortened.Out).RootElement.GetProperty("intact").GetBoolean());
    }

    [Fact]
    public async Task Verify_ForgedCheckpoint_IsNotIntact_AndAFileThatIsNoCheckpointExitsFive()
    {
        var forged = _folder.File("forged.json");
        var garbage = _folder.File("garbage.json");
        await _hub.RunAsync(Auditor, "audit", "checkpoint", "--out", forged);
        var text = await File.ReadAllTextAsync(forged);
        var signature = JsonDocument.Parse(text).RootElement.GetProperty("signature").GetString()!;
        await File.WriteAllTextAsync(forged, text.Replace(signature, new string('0', signature.Length), StringComparison.Ordinal));
        await File.WriteAllTextAsync(garbage, "not json");

        var run = await _hub.RunAsync(Auditor, "audit", "verify", "--checkpoint", forged);
        var notACheckpoint = await _hub.RunAsync(Auditor, "audit", "verify", "--checkpoint", garbage);

        Assert.Equal(8, run.ExitCode);
        Assert.Contains("the checkpoint's signature is not the hub's", run.Out, StringComparison.Ordinal);
        Assert.Equal(5, notACheckpoint.ExitCode);
        Assert.StartsWith($"chb: {garbage} is not a checkpoint", Assert.Single(notACheckpoint.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_ByActor_ListsTheLrosReadsWithTheirPurpose_AndFollowsPages()
    {
        var khan = await _site.KhanAsync();
        await _site.NominalAsync(khan);

        var table = await _hub.RunAsync(Auditor, "audit", "query", "--actor", LroSite.PoliceLro.Subject, "--purpose", "audit:Quarterly check");
        var paged = await _hub.RunAsync(Auditor, "audit", "query", "--page-size", "1", "--limit", "3", "--purpose", "audit:Quarterly check", "--json");
        var bySubject = await _hub.RunAsync(Auditor, "audit", "query", "--subject", $"nominal:{khan}", "--purpose", "audit:Quarterly check", "--json");

        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Contains("Disruption.SearchNominals DISRUPTION_PLANNING: Op Kestrel", table.Out, StringComparison.Ordinal);
        Assert.Contains("Disruption.GetNominalOptions DISRUPTION_PLANNING: Op Kestrel", table.Out, StringComparison.Ordinal);
        var page = JsonDocument.Parse(paged.Out).RootElement;
        Assert.Equal([1UL, 2UL, 3UL], page.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("position").GetUInt64()));
        Assert.NotNull(page.GetProperty("nextPageToken").GetString());
        Assert.All(JsonDocument.Parse(bySubject.Out).RootElement.GetProperty("entries").EnumerateArray(),
            e => Assert.Contains($"nominal:{khan}", e.GetProperty("subjects").EnumerateArray().Select(s => s.GetString())));
    }

    [Fact]
    public async Task Audit_AsAnLro_ExitsFourPermissionDenied()
    {
        var run = await _hub.RunAsync(LroSite.PoliceLro, "audit", "verify");

        Assert.Equal(4, run.ExitCode);
        Assert.StartsWith("chb: permission denied", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    private void Tamper(string sql)
    {
        using (var connection = new SqliteConnection($"Data Source={_hub.DatabasePath}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            Assert.True(command.ExecuteNonQuery() > 0);
        }

        SqliteConnection.ClearAllPools();
    }
}
