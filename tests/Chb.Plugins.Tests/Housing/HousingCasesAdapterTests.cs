using Chb.Adapters;
using Chb.Plugins.Housing;
using Chb.Plugins.Tests.Support;

namespace Chb.Plugins.Tests.Housing;

public sealed partial class HousingCasesAdapterTests
{
    private static Task<List<AdapterRow>> ParseSampleAsync()
        => AdapterRunner.ParseFileAsync(new HousingCasesAdapter(), "housing-cases.csv", "BDC", AgencyKind.Housing);

    [Fact]
    public void Descriptor_Always_NamesFormatAndContract()
    {
        var descriptor = new HousingCasesAdapter().Descriptor;

        Assert.Equal("housing-cases-csv/1", descriptor.Id);
        Assert.Equal(AdapterContract.Version, descriptor.ContractVersion);
        Assert.Equal([AgencyKind.Housing], descriptor.AgencyKinds);
    }

    [Fact]
    public async Task ParseAsync_Sample_AcceptsNineRowsAndRejectsTheLast()
    {
        var rows = await ParseSampleAsync();

        Assert.Equal(Enumerable.Range(2, 10).Select(i => (long)i), rows.Select(r => r.RowNumber));
        Assert.All(rows.Take(9), r => Assert.NotNull(r.Record));
        Assert.Null(rows[9].Record);
    }

    [Fact]
    public async Task ParseAsync_SampleBadRow_ListsEveryProblem()
    {
        var bad = (await ParseSampleAsync())[^1];

        Assert.Equal(11, bad.RowNumber);
        Assert.Equal(["CaseType", "OpenedDate", "UPRN", "Postcode", "DateOfBirth"], HousingCsvBuilder.Fields(bad));
        Assert.DoesNotContain("NotAType", bad.Rejection!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParseAsync_SampleCuckooingTenant_MapsToVictimWithEveryField()
    {
        // Arrange
        var record = (await ParseSampleAsync())[0].Record!;

        // Act
        var party = Assert.Single(record.Parties);
        var location = Assert.Single(record.Locations);

        // Assert
        Assert.Equal(RecordKind.Case, record.Kind);
        Assert.Equal("ASB/2024/00123#Tenant#Walsh|Doreen|1958-05-17", record.PartnerReference);
        Assert.Equal(new CaseDetails("ASB/2024/00123", "Cuckooing", "Open")
        {
            OpenedAt = new DateTimeOffset(2024, 3, 4, 0, 0, 0, TimeSpan.Zero),
            Tenancy = new TenancyDetails("T-88231", "Secure"),
        }, record.Case);
        Assert.Equal(PartyRole.Victim, party.Role);
        Assert.Equal(new PersonName("Walsh", "Doreen"), Assert.Single(party.Person!.Names));
        Assert.Equal(new DateOnly(1958, 5, 17), party.Person.DateOfBirth);
        Assert.Equal(LocationRelation.Subject, location.Relation);
        Assert.Equal("100051000001", location.Uprn);
        Assert.Equal("Flat 3 Kenmore House, Kenmore Road, Bradford", location.Address);
        Assert.Equal("BD3 8QX", location.Postcode);
        Assert.Equal(MarkedText.OwnerOnly("Tenant vulnerable; visitors at all hours, \"lookouts\" on stairwell"), record.Notes);
        Assert.Equal("OFFICIAL-SENSITIVE", record.Classification);
        Assert.False(record.HasProtectedParty);
    }

    [Theory]
    [InlineData(1, PartyRole.Perpetrator)]
    [InlineData(3, PartyRole.Tenant)]
    [InlineData(4, PartyRole.Tenant)]
    [InlineData(6, PartyRole.Household)]
    [InlineData(7, PartyRole.Perpetrator)]
    public async Task ParseAsync_SampleParty_MapsRole(int index, PartyRole expected)
    {
        var record = (await ParseSampleAsync())[index].Record!;

        Assert.Equal(expected, Assert.Single(record.Parties).Role);
    }

    [Theory]
    [InlineData(2, "ASB/2024/00123#Complainant")]
    [InlineData(8, "ASB/2024/00150#Complainant")]
    public async Task ParseAsync_SampleComplainant_KeepsOnlyTheFact(int index, string reference)
    {
        var record = (await ParseSampleAsync())[index].Record!;

        Assert.Equal(reference, record.PartnerReference);
        Assert.True(record.HasProtectedParty);
        Assert.Empty(record.Parties);
        Assert.Null(record.Notes);
        Assert.NotNull(record.Case);
        Assert.Single(record.Locations);
    }

    [Fact]
    public async Task ParseAsync_SampleEmbeddedLineBreak_KeepsNotesAndNormalisesFields()
    {
        var rows = await ParseSampleAsync();
        var record = rows[3].Record!;

        Assert.Equal(5, rows[3].RowNumber);
        Assert.Equal("TB/2024/00045#Tenant#O'Connor|Sean-Paul|1988-01-30", record.PartnerReference);
        Assert.Equal("Unauthorised alterations; drugs paraphernalia found\r\nduring gas safety visit", record.Notes!.Value);
        Assert.Equal("BD3 9AB", record.Locations[0].Postcode);
        Assert.Equal("27 Laisteridge Lane, Bradford", record.Locations[0].Address);
    }

    [Fact]
    public async Task ParseAsync_SampleOptionalFieldsEmpty_MapsToNull()
    {
        var rows = await ParseSampleAsync();

        Assert.Equal("RA/2023/01999#Tenant#Nowak|Zofia|", rows[4].Record!.PartnerReference);
        Assert.Equal(new DateOnly(2023, 12, 15), rows[4].Record!.Case!.ClosedOn);
        Assert.Null(rows[4].Record!.Parties[0].Person!.DateOfBirth);
        Assert.Null(rows[5].Record!.Locations[0].Uprn);
        Assert.Null(rows[7].Record!.Case!.Tenancy);
    }
}
