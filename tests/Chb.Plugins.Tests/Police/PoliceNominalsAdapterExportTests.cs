using System.Text.Json;
using Chb.Adapters;
using Chb.Plugins.Police;
using Chb.Plugins.Tests.Support;

namespace Chb.Plugins.Tests.Police;

public sealed class PoliceNominalsAdapterExportTests
{
    [Fact]
    public void Descriptor_IsPoliceNominalsXmlVersion1()
    {
        var descriptor = new PoliceNominalsAdapter().Descriptor;

        Assert.Equal("police-nominals-xml/1", descriptor.Id);
        Assert.Equal([AgencyKind.Police], descriptor.AgencyKinds);
        Assert.Equal(AdapterContract.Version, descriptor.ContractVersion);
        Assert.True(typeof(PoliceNominalsAdapter).IsSealed);
        Assert.NotNull(typeof(PoliceNominalsAdapter).GetConstructor(Type.EmptyTypes));
    }

    [Theory]
    [InlineData("LCP")]
    [InlineData("")]
    public async Task ParseAsync_ForceDiffersFromPushingAgency_RejectsOnceAndStops(string agency)
    {
        var row = Assert.Single(await PoliceExports.ParseSampleAsync(agency));

        Assert.Equal(2, row.RowNumber);
        Assert.Equal("Export@force", row.Rejection!.Field);
        Assert.Contains("does not match the pushing agency", row.Rejection.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("WYP", row.Rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParseAsync_ForceMatchesIgnoringCase_ParsesEveryElement()
        => Assert.Equal(6, (await PoliceExports.ParseSampleAsync("wyp")).Count);

    [Fact]
    public async Task ParseAsync_ExportWithoutForce_RejectsOnce()
    {
        var row = Assert.Single(await PoliceExports.ParseAsync($"<Export>{PoliceExports.MinimalNominal}</Export>"));

        Assert.Equal("Export@force", row.Rejection!.Field);
    }

    [Fact]
    public async Task ParseAsync_RootIsNotExport_RejectsOnce()
    {
        var row = Assert.Single(await PoliceExports.ParseAsync($"<Records force=\"WYP\">{PoliceExports.MinimalNominal}</Records>"));

        Assert.Equal(("Export", 1L), (row.Rejection!.Field, row.RowNumber));
    }

    [Fact]
    public async Task ParseAsync_UnknownElement_RejectsItAndCarriesOn()
    {
        var xml = PoliceExports.Export(
            """<Ocg ref="OCG-1" name="Crew"/>""",
            """<Suspect ref="S-1"><Name family="Khan"/></Suspect>""",
            PoliceExports.MinimalNominal);

        var rows = await PoliceExports.ParseAsync(xml);

        Assert.Equal([2L, 3, 4], rows.Select(r => r.RowNumber));
        Assert.NotNull(rows[0].Record);
        Assert.Equal("Suspect", rows[1].Rejection!.Field);
        Assert.NotNull(rows[2].Record);
    }

    [Fact]
    public async Task ParseAsync_TextBetweenElements_RejectsTextAndCarriesOn()
    {
        var rows = await PoliceExports.ParseAsync(PoliceExports.Export("stray words", PoliceExports.MinimalNominal));

        Assert.Equal("Export", rows[0].Rejection!.Field);
        Assert.DoesNotContain("stray", rows[0].Rejection!.Reason, StringComparison.Ordinal);
        Assert.NotNull(rows[1].Record);
    }

    [Fact]
    public async Task ParseAsync_CancelledToken_StopsWithCancellation()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        await using var stream = File.OpenRead(AdapterRunner.DataPath(PoliceExports.SampleFile));
        var context = new AdapterContext("WYP", AgencyKind.Police, "sample");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var unused in new PoliceNominalsAdapter().ParseAsync(stream, context, cts.Token))
            {
                Assert.Fail("No row is expected after cancellation.");
            }
        });
    }

    [Fact]
    public async Task ParseAsync_SameInstanceInParallel_GivesSameRowsEachTime()
    {
        var adapter = new PoliceNominalsAdapter();
        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
            AdapterRunner.ParseFileAsync(adapter, PoliceExports.SampleFile, "WYP", AgencyKind.Police))));

        var expected = JsonSerializer.Serialize(runs[0]);
        Assert.All(runs, run => Assert.Equal(expected, JsonSerializer.Serialize(run)));
    }
}
