using Chb.Adapters;

namespace Chb.Plugins.Tests.Housing;

public sealed partial class HousingCasesAdapterTests
{
    [Fact]
    public async Task ParseAsync_MissingRequiredColumn_RejectsFileOnceAtRowOne()
    {
        var header = HousingCsvBuilder.Header.Replace(",Postcode", string.Empty, StringComparison.Ordinal);

        var rows = await HousingCsvBuilder.ParseAsync(header + "\r\n" + HousingCsvBuilder.Row() + "\r\n" + HousingCsvBuilder.Row() + "\r\n");

        var row = Assert.Single(rows);
        Assert.Equal(1, row.RowNumber);
        Assert.Equal(["Postcode"], HousingCsvBuilder.Fields(row));
    }

    [Fact]
    public async Task ParseAsync_SeveralMissingColumns_NamesEachInOneRejection()
    {
        var rows = await HousingCsvBuilder.ParseAsync("CaseRef,CaseType,CaseStatus,OpenedDate\r\nX,ASB,Open,01/01/2024\r\n");

        var row = Assert.Single(rows);
        Assert.Equal(HousingCsvBuilder.Columns.Skip(4), HousingCsvBuilder.Fields(row));
    }

    [Fact]
    public async Task ParseAsync_EmptyFile_RejectsHeader()
    {
        var row = Assert.Single(await HousingCsvBuilder.ParseAsync(string.Empty));

        Assert.Equal((1L, "header"), (row.RowNumber, row.Rejection!.Field));
    }

    [Fact]
    public async Task ParseAsync_HeaderOnly_YieldsNothing()
        => Assert.Empty(await HousingCsvBuilder.ParseAsync(HousingCsvBuilder.Header + "\r\n"));

    [Theory]
    [InlineData("CaseType", "Burglary")]
    [InlineData("CaseStatus", "Pending")]
    [InlineData("TenureType", "Freehold")]
    [InlineData("PartyRole", "Landlord")]
    [InlineData("Sensitivity", "SECRET")]
    [InlineData("UPRN", "1000510000012")]
    [InlineData("UPRN", "10005100000A")]
    [InlineData("CaseRef", "")]
    [InlineData("Surname", "")]
    [InlineData("OpenedDate", "")]
    [InlineData("ClosedDate", "2024-01-01")]
    public async Task ParseAsync_InvalidValue_RejectsNamingOnlyThatField(string column, string value)
    {
        var row = Assert.Single(await HousingCsvBuilder.ParseRowsAsync(HousingCsvBuilder.Row((column, value))));

        Assert.Equal([column], HousingCsvBuilder.Fields(row));
        Assert.True(value.Length == 0 || !row.Rejection!.Reason.Contains(value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ParseAsync_EnumInOtherCase_IsAcceptedInFormatSpelling()
    {
        var row = HousingCsvBuilder.Row(("CaseType", "cuckooing"), ("Sensitivity", "official-sensitive"), ("TenureType", "assuredshorthold"));

        var record = HousingCsvBuilder.Single(await HousingCsvBuilder.ParseRowsAsync(row));

        Assert.Equal("Cuckooing", record.Case!.CaseType);
        Assert.Equal("OFFICIAL-SENSITIVE", record.Classification);
        Assert.Equal(new TenancyDetails("T-1", "AssuredShorthold"), record.Case.Tenancy);
        Assert.Equal(PartyRole.Victim, record.Parties[0].Role);
    }

    [Fact]
    public async Task ParseAsync_ComplainantWithoutNameOrValidDob_IsAccepted()
    {
        var row = HousingCsvBuilder.Row(("PartyRole", "Complainant"), ("Surname", ""), ("DateOfBirth", "1/1/1990"));

        var record = HousingCsvBuilder.Single(await HousingCsvBuilder.ParseRowsAsync(row));

        Assert.True(record.HasProtectedParty);
        Assert.Empty(record.Parties);
    }

    [Fact]
    public async Task ParseAsync_WrongFieldCount_RejectsRowAndCarriesOn()
    {
        var rows = await HousingCsvBuilder.ParseRowsAsync(HousingCsvBuilder.Row(("AddressLine1", "1, Test Street")), HousingCsvBuilder.Row());

        Assert.Equal("row", rows[0].Rejection!.Field);
        Assert.NotNull(rows[1].Record);
    }

    [Fact]
    public async Task ParseAsync_MalformedQuoting_RejectsRowAndCarriesOn()
    {
        var rows = await HousingCsvBuilder.ParseRowsAsync(HousingCsvBuilder.Row(("Notes", "\"quoted\" then text")), HousingCsvBuilder.Row());

        Assert.Equal((2L, "row"), (rows[0].RowNumber, rows[0].Rejection!.Field));
        Assert.Equal(3, rows[1].RowNumber);
        Assert.NotNull(rows[1].Record);
    }
}
