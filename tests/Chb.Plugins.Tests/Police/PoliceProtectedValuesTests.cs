using System.Globalization;
using System.Text.Json;
using Chb.Adapters;
using Chb.Plugins.Police;
using Chb.Plugins.Tests.Support;

namespace Chb.Plugins.Tests.Police;

public sealed class PoliceProtectedValuesTests
{
    private const string GeneratedMarker = "SRCREF-PROTECTED-";

    [Fact]
    public async Task ParseAsync_Sample_NoRowCarriesTheSourceRef()
    {
        var json = JsonSerializer.Serialize(await PoliceExports.ParseSampleAsync());

        Assert.DoesNotContain(PoliceExports.SampleSourceRef, json, StringComparison.Ordinal);
        Assert.Contains("INT-2024-0556", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParseAsync_GeneratedExportWithRejectsAndTruncation_NoRowCarriesAnySourceRef()
    {
        // Every fifth nominal has a bad grading on its CHIS item, so it is rejected; the export then stops
        // inside a sourceRef value, so the closing xml rejection is raised right next to one.
        var lines = PoliceExports.GeneratedLines(2_000, SourceRef)
            .Select((line, i) => i % 5 == 1 ? line.Replace("grading=\"1B\"", "grading=\"1Z\"", StringComparison.Ordinal) : line)
            .SkipLast(1)
            .Append($"""  <Nominal pncId="2001/0012345H"><Intel sourceRef="{GeneratedMarker}TAIL""");
        await using var stream = new GeneratedStream(lines);

        var rows = await AdapterRunner.ParseAsync(new PoliceNominalsAdapter(), stream, "WYP", AgencyKind.Police);

        Assert.Equal(2_001, rows.Count);
        Assert.Equal(400, rows.Count(r => r.Rejection?.Field == "Intel[2]@grading"));
        Assert.Equal("xml", rows[^1].Rejection!.Field);
        Assert.DoesNotContain(GeneratedMarker, JsonSerializer.Serialize(rows), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""<Intel ref="INT-1" sourceRef="SRCREF-PROTECTED-A"SRCREF-PROTECTED-B/>""")]
    [InlineData("""<Intel ref="INT-1" sourceRef=SRCREF-PROTECTED-C/>""")]
    [InlineData("""<Intel ref="INT-1" sourceRef="&SRCREF-PROTECTED-D;"/>""")]
    [InlineData("""<Intel ref="INT-1" sourceRef="SRCREF-PROTECTED-E"></SRCREF-PROTECTED-F>""")]
    public async Task ParseAsync_MalformedNearSourceRef_FaultNeverEchoesIt(string intel)
    {
        var rows = await PoliceExports.ParseAsync(PoliceExports.Export($"""<Nominal pncId="2001/0012345H">{intel}</Nominal>"""));

        var row = Assert.Single(rows);
        Assert.Equal("xml", row.Rejection!.Field);
        Assert.Contains("Line 2", row.Rejection.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(GeneratedMarker, JsonSerializer.Serialize(rows), StringComparison.Ordinal);
    }

    private static string SourceRef(int i) => GeneratedMarker + i.ToString("D6", CultureInfo.InvariantCulture);
}
