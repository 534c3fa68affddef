using System.Text;
using Chb.Adapters;
using Chb.Plugins.Housing;
using Chb.Plugins.Tests.Support;

namespace Chb.Plugins.Tests.Housing;

public sealed partial class HousingCasesAdapterTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ParseAsync_WithOrWithoutBom_ReadsFirstColumn(bool withBom)
    {
        var text = Encoding.UTF8.GetBytes(HousingCsvBuilder.Header + "\r\n" + HousingCsvBuilder.Row() + "\r\n");
        byte[] bytes = withBom ? [0xEF, 0xBB, 0xBF, .. text] : text;

        var rows = await AdapterRunner.ParseAsync(new HousingCasesAdapter(), new MemoryStream(bytes), "BDC", AgencyKind.Housing);

        Assert.Equal("ASB/2024/00999", HousingCsvBuilder.Single(rows).Case!.Reference);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n")]
    public async Task ParseAsync_LineBreakInsideQuotedField_CountsOneSpreadsheetRow(string eol)
    {
        var multiLine = HousingCsvBuilder.Row(("Notes", $"\"first line{eol}second, line{eol}third\""));
        var text = HousingCsvBuilder.Header + eol + multiLine + eol + HousingCsvBuilder.Row(("Surname", "Jones")) + eol;

        var rows = await HousingCsvBuilder.ParseAsync(text);

        Assert.Equal([2L, 3L], rows.Select(r => r.RowNumber));
        Assert.Equal($"first line{eol}second, line{eol}third", rows[0].Record!.Notes!.Value);
        Assert.Equal("Jones", rows[1].Record!.Parties[0].Person!.Names[0].Family);
    }

    [Fact]
    public async Task ParseAsync_ReorderedHeadersInOtherCaseAndSpacing_MapsByName()
    {
        var header = string.Join(",", HousingCsvBuilder.Columns.Reverse().Select(c => c switch
        {
            "CaseRef" => " case ref ",
            "DateOfBirth" => "Date Of Birth",
            "UPRN" => "uprn",
            "PartyRole" => "PARTY ROLE",
            _ => c,
        }));
        var row = string.Join(",", HousingCsvBuilder.Row(("Surname", "Brown")).Split(',').Reverse());

        var record = HousingCsvBuilder.Single(await HousingCsvBuilder.ParseAsync(header + "\n" + row + "\n"));

        Assert.Equal("ASB/2024/00999#Tenant#Brown|Jo|1990-01-13", record.PartnerReference);
        Assert.Equal("100051000001", record.Locations[0].Uprn);
    }

    [Fact]
    public async Task ParseAsync_Diacritics_ArePreserved()
    {
        var rows = await HousingCsvBuilder.ParseRowsAsync(HousingCsvBuilder.Row(("Surname", "Wiśniewska-Brontë"), ("Forenames", "Zoë Łukasz")));

        var record = HousingCsvBuilder.Single(rows);
        Assert.Equal(new PersonName("Wiśniewska-Brontë", "Zoë Łukasz"), record.Parties[0].Person!.Names[0]);
        Assert.Equal("ASB/2024/00999#Tenant#Wiśniewska-Brontë|Zoë Łukasz|1990-01-13", record.PartnerReference);
    }

    [Theory]
    [InlineData("1/2/1990")]
    [InlineData("01/2/1990")]
    [InlineData("1990-02-01")]
    [InlineData("31/02/1990")]
    [InlineData("01/13/1990")]
    public async Task ParseAsync_AmbiguousOrInvalidDate_RejectsField(string date)
    {
        var rows = await HousingCsvBuilder.ParseRowsAsync(HousingCsvBuilder.Row(("DateOfBirth", date)));

        Assert.Equal(["DateOfBirth"], HousingCsvBuilder.Fields(Assert.Single(rows)));
    }

    [Fact]
    public async Task ParseAsync_DayAboveTwelve_ReadsDayFirst()
    {
        var record = HousingCsvBuilder.Single(await HousingCsvBuilder.ParseRowsAsync(HousingCsvBuilder.Row(("DateOfBirth", "13/01/1990"))));

        Assert.Equal(new DateOnly(1990, 1, 13), record.Parties[0].Person!.DateOfBirth);
    }

    [Theory]
    [InlineData("NOT A POSTCODE")]
    [InlineData("BD3")]
    [InlineData("QD3 8QX")]
    [InlineData("BD3 8QXX")]
    [InlineData("BD3 8ÖX")]
    [InlineData("")]
    public async Task ParseAsync_InvalidPostcode_RejectsPostcode(string postcode)
    {
        var rows = await HousingCsvBuilder.ParseRowsAsync(HousingCsvBuilder.Row(("Postcode", postcode)));

        Assert.Equal(["Postcode"], HousingCsvBuilder.Fields(Assert.Single(rows)));
    }

    [Theory]
    [InlineData("bd38qx")]
    [InlineData(" BD3  8QX ")]
    public async Task ParseAsync_PostcodeInAnyCaseAndSpacing_IsNormalised(string postcode)
    {
        var record = HousingCsvBuilder.Single(await HousingCsvBuilder.ParseRowsAsync(HousingCsvBuilder.Row(("Postcode", postcode))));

        Assert.Equal("BD3 8QX", record.Locations[0].Postcode);
    }
}
