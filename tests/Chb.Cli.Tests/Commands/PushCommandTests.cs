using System.Text.Json;
using Chb.Cli.Tests.Support;
using Chb.Tests.Shared;

namespace Chb.Cli.Tests.Commands;

/// <summary><c>chb push</c> against the real hub as each agency's partner system: receipts, JSON, and the hub's refusals as exit codes.</summary>
public sealed class PushCommandTests : IAsyncLifetime
{
    private static readonly Chb.Contracts.Security.HubPersona Housing = TestIdentity.Partner("BDC-HOUSING");
    private readonly CliHub _hub = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Theory]
    [MemberData(nameof(Samples.All), MemberType = typeof(Samples))]
    public async Task Push_Sample_PrintsReceiptAndExitsZeroDespiteRejections(string file, string adapter, string agency, int rows, int rejected)
    {
        var run = await _hub.RunAsync(TestIdentity.Partner(agency), "push", Samples.Path(file), "--adapter", adapter);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(string.Empty, run.Error);
        Assert.Contains($"{file} -> {agency} with {adapter}: {rows} rows", run.Out, StringComparison.Ordinal);
        Assert.Contains("Rejected rows:", run.Out, StringComparison.Ordinal);
        Assert.Contains($"chb quarantine --agency {agency}", run.Out, StringComparison.Ordinal);
        Assert.Contains($"│ {rows - rejected} ", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Samples.All), MemberType = typeof(Samples))]
    public async Task Push_Json_ReceiptParsesAndCarriesEveryRejection(string file, string adapter, string agency, int rows, int rejected)
    {
        var run = await _hub.RunAsync(TestIdentity.Partner(agency), "push", Samples.Path(file), "--adapter", adapter, "--agency", agency, "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var receipt = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal(rows, receipt.GetProperty("rows").GetInt64());
        Assert.Equal(rows - rejected, receipt.GetProperty("accepted").GetInt64());
        Assert.Equal(0, receipt.GetProperty("duplicates").GetInt64());
        Assert.Equal(rejected, receipt.GetProperty("rejected").GetInt64());
        Assert.True(receipt.GetProperty("bytes").GetInt64() > new FileInfo(Samples.Path(file)).Length, "the hub counts every byte of the push");
        Assert.True(receipt.GetProperty("lastSequence").GetUInt64() >= (ulong)(rows - rejected));
        var rejections = receipt.GetProperty("rejections").EnumerateArray().ToList();
        Assert.Equal(rejected, rejections.Count);
        Assert.All(rejections, r =>
        {
            Assert.True(r.GetProperty("row").GetInt64() > 0);
            Assert.NotEmpty(r.GetProperty("field").GetString()!);
            Assert.NotEmpty(r.GetProperty("reason").GetString()!);
            Assert.NotEmpty(r.GetProperty("quarantineId").GetString()!);
        });

        // A partner sees its own agency's quarantine, and only that.
        var quarantine = JsonDocument.Parse((await _hub.RunAsync(TestIdentity.Partner(agency), "quarantine", "--json")).Out).RootElement;
        Assert.Equal(
            rejections.Select(r => r.GetProperty("quarantineId").GetString()).Order(StringComparer.Ordinal),
            quarantine.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("quarantineId").GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Push_SameFileTwice_SecondReceiptCountsDuplicates()
    {
        string[] push = ["push", Samples.Path("housing-cases.csv"), "--adapter", "housing-cases-csv/1", "--json"];
        var first = JsonDocument.Parse((await _hub.RunAsync(Housing, push)).Out).RootElement;

        var second = await _hub.RunAsync(Housing, push);

        Assert.Equal(0, second.ExitCode);
        var receipt = JsonDocument.Parse(second.Out).RootElement;
        Assert.Equal(0, receipt.GetProperty("accepted").GetInt64());
        Assert.Equal(9, receipt.GetProperty("duplicates").GetInt64());
        Assert.Equal(1, receipt.GetProperty("rejected").GetInt64());
        Assert.Equal(first.GetProperty("lastSequence").GetUInt64(), receipt.GetProperty("lastSequence").GetUInt64());
    }

    [Fact]
    public async Task Push_FileOfManyChunksWithSixtyBadRows_ListsFiftyCountsTheRestAndJsonHasAll()
    {
        using var folder = new TempDirectory();
        var path = folder.File("many.csv");
        var good = Enumerable.Range(1, 1000).Select(i => $"RA/2024/{i:00000},RentArrears,Open,01/02/2024,,T-{i},Secure,{100051100000 + i},{i} Harris Street,,Bradford,BD3 0RT,Nowak,Zofia,,Tenant,\"Arrears, letter {i} sent\",OFFICIAL");
        var bad = Enumerable.Range(1, 60).Select(i => $"BAD/2024/{i:00000},NotAType,Open,01/02/2024,,,,,1 Nowhere,,Bradford,BD3 0RT,Smith,John,,Tenant,x,OFFICIAL");
        await File.WriteAllLinesAsync(path, [HousingHeader, .. good, .. bad]);
        Assert.True(new FileInfo(path).Length > 2 * 64 * 1024, "at least three chunks");

        var run = await _hub.RunAsync(Housing, "push", path, "--adapter", "housing-cases-csv/1");
        // Again as JSON: the good rows are duplicates now, the bad ones rejected again.
        var json = await _hub.RunAsync(Housing, "push", path, "--adapter", "housing-cases-csv/1", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("... and 10 more rejected rows (--json lists every one).", run.Out, StringComparison.Ordinal);
        Assert.Contains("chb quarantine --agency BDC-HOUSING", run.Out, StringComparison.Ordinal);
        Assert.Equal(50, run.Out.Split('\n').Count(l => l.Contains("CaseType must be one of", StringComparison.Ordinal)));
        var receipt = JsonDocument.Parse(json.Out).RootElement;
        Assert.Equal(1060, receipt.GetProperty("rows").GetInt64());
        Assert.Equal(1000, receipt.GetProperty("duplicates").GetInt64());
        Assert.Equal(60, receipt.GetProperty("rejections").GetArrayLength());
    }

    [Fact]
    public async Task Push_AtATerminal_ShowsProgressThenTheReceipt()
    {
        var run = await CliRunner.RunAsync(
            _hub.CreateHandler(),
            ["--hub", _hub.Address, "push", Samples.Path("police-nominals.xml"), "--adapter", "police-nominals-xml/1"],
            CliHub.Variables(TestIdentity.Token(TestIdentity.Partner("WYP"))),
            interactive: true);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Sending police-nominals.xml", run.Out, StringComparison.Ordinal);
        Assert.Contains("Rows answered: 6", run.Out, StringComparison.Ordinal);
        Assert.Contains("police-nominals.xml -> WYP with police-nominals-xml/1: 6 rows", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Push_UnknownAdapter_ExitsFourWithOneClearLine()
    {
        var run = await _hub.RunAsync(Housing, "push", Samples.Path("housing-cases.csv"), "--adapter", "no-such-adapter/9");

        Assert.Equal(4, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("chb: not found: ", line, StringComparison.Ordinal);
        Assert.Contains("no-such-adapter/9", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Push_TokenOfAnAgencyTheHubDoesNotServe_ExitsFourNamingIt()
    {
        var run = await _hub.RunAsync(TestIdentity.Partner("NOPE"), "push", Samples.Path("housing-cases.csv"), "--adapter", "housing-cases-csv/1");

        Assert.Equal(4, run.ExitCode);
        Assert.Equal("chb: permission denied: The caller's agency NOPE is not one this hub serves.", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task Push_AgencyOptionNamingAnotherAgencyThanTheToken_ExitsFourAndPushesNothing()
    {
        var run = await _hub.RunAsync(TestIdentity.Partner("BDC-ENV"), "push", Samples.Path("housing-cases.csv"), "--adapter", "housing-cases-csv/1", "--agency", "BDC-HOUSING");
        var status = JsonDocument.Parse((await _hub.RunAsync("status", "--json")).Out).RootElement;

        Assert.Equal(4, run.ExitCode);
        Assert.Equal(
            "chb: permission denied: The caller acts for BDC-ENV; start.agency may only name that agency or be left empty.", Assert.Single(run.ErrorLines));
        Assert.Equal(0, status.GetProperty("sourceRecords").GetInt64());
    }

    [Fact]
    public async Task Push_AsAnAdmin_ExitsFourSayingTheRoleMayNotPush()
    {
        var run = await _hub.RunAsync("push", Samples.Path("housing-cases.csv"), "--adapter", "housing-cases-csv/1");

        Assert.Equal(4, run.ExitCode);
        Assert.Equal("chb: permission denied: the admin token for WYP (admin.user) may not do this", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task Push_AdapterForAnotherKindOfAgency_ExitsOne()
    {
        var run = await _hub.RunAsync(Housing, "push", Samples.Path("police-nominals.xml"), "--adapter", "police-nominals-xml/1");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("chb: the hub cannot do that: Adapter 'police-nominals-xml/1'", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    private const string HousingHeader =
        "CaseRef,CaseType,CaseStatus,OpenedDate,ClosedDate,TenancyRef,TenureType,UPRN,AddressLine1,AddressLine2,Town,Postcode,Surname,Forenames,DateOfBirth,PartyRole,Notes,Sensitivity";
}
