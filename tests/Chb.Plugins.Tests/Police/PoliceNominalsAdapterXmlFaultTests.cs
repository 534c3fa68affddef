namespace Chb.Plugins.Tests.Police;

public sealed class PoliceNominalsAdapterXmlFaultTests
{
    [Theory]
    [InlineData("Shop used to store", 4)]
    [InlineData("pncId=\"2009/0456", 3)]
    [InlineData("<Ocg ref=\"OCG-WYP-0051\" name=\"Leeds", 1)]
    public async Task ParseAsync_TruncatedMidElement_YieldsEarlierRowsThenOneXmlRejection(string cutBefore, int accepted)
    {
        var text = PoliceExports.SampleText();
        var cut = text[..(text.IndexOf(cutBefore, StringComparison.Ordinal) + (cutBefore.Length / 2))];

        var rows = await PoliceExports.ParseAsync(cut);

        Assert.Equal(accepted + 1, rows.Count);
        Assert.All(rows.Take(accepted), r => Assert.NotNull(r.Record));
        var fault = rows[^1].Rejection!;
        Assert.Equal("xml", fault.Field);
        Assert.StartsWith("the export is not well-formed XML: ", fault.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("Shop used", fault.Reason, StringComparison.Ordinal);
        Assert.True(rows[^1].RowNumber >= rows[^2].RowNumber);
    }

    [Fact]
    public async Task ParseAsync_ContentAfterRoot_YieldsRowsThenXmlRejection()
    {
        var rows = await PoliceExports.ParseAsync(PoliceExports.Export(PoliceExports.MinimalNominal) + "<Export force=\"WYP\"/>");

        Assert.NotNull(rows[0].Record);
        Assert.Equal(("xml", 4L), (rows[1].Rejection!.Field, rows[1].RowNumber));
        Assert.Equal(2, rows.Count);
    }

    [Theory]
    [InlineData("<!DOCTYPE Export [<!ENTITY boom \"boom\">]>\n<Export force=\"WYP\"><Ocg ref=\"&boom;\" name=\"x\"/></Export>")]
    [InlineData("<!DOCTYPE Export SYSTEM \"file:///etc/passwd\">\n<Export force=\"WYP\"/>")]
    [InlineData("<!DOCTYPE Export [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>\n<Export force=\"WYP\">&xxe;</Export>")]
    public async Task ParseAsync_DocumentTypeDeclaration_RefusedAsOneXmlRejection(string xml)
    {
        var row = Assert.Single(await PoliceExports.ParseAsync(xml));

        Assert.Equal(("xml", 1L), (row.Rejection!.Field, row.RowNumber));
        Assert.Contains("DTD is prohibited", row.Rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParseAsync_UndeclaredEntity_RejectedWithoutEchoingItsName()
    {
        var rows = await PoliceExports.ParseAsync(PoliceExports.Export(
            PoliceExports.MinimalNominal, """<Ocg ref="&informant;" name="Crew"/>"""));

        Assert.NotNull(rows[0].Record);
        Assert.Equal(("xml", 3L), (rows[1].Rejection!.Field, rows[1].RowNumber));
        Assert.DoesNotContain("informant", rows[1].Rejection!.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not xml at all")]
    public async Task ParseAsync_NotXml_OneXmlRejectionOnLineOne(string text)
    {
        var row = Assert.Single(await PoliceExports.ParseAsync(text));

        Assert.Equal(("xml", 1L), (row.Rejection!.Field, row.RowNumber));
    }
}
