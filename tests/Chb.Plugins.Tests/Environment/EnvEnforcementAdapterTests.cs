using Chb.Adapters;
using Chb.Plugins.Environment;
using Chb.Plugins.Tests.Support;

namespace Chb.Plugins.Tests.Environment;

public sealed partial class EnvEnforcementAdapterTests
{
    private static Task<List<AdapterRow>> ParseSampleAsync()
        => AdapterRunner.ParseFileAsync(new EnvEnforcementAdapter(), "env-enforcement.jsonl", "BDC-ENV", AgencyKind.EnvironmentalServices);

    [Fact]
    public void Descriptor_Always_NamesFormatAndContract()
    {
        var descriptor = new EnvEnforcementAdapter().Descriptor;

        Assert.Equal("env-enforcement-jsonl/1", descriptor.Id);
        Assert.Equal(AdapterContract.Version, descriptor.ContractVersion);
        Assert.Equal([AgencyKind.EnvironmentalServices], descriptor.AgencyKinds);
    }

    [Fact]
    public async Task ParseAsync_Sample_AcceptsFiveLinesAndRejectsTwo()
    {
        var rows = await ParseSampleAsync();

        Assert.Equal([1L, 2, 3, 4, 5, 6, 7], rows.Select(r => r.RowNumber));
        Assert.Equal(
            ["FT-2024-0457", "WC-2024-0031", "HMO-2023-0112", "PL-2024-0009", "AV-2024-0201"],
            rows.Take(5).Select(r => r.Record!.PartnerReference));
        Assert.Contains("reportedAt", EnvJsonl.Fields(rows[5]));
        Assert.Contains("location", EnvJsonl.Fields(rows[5]));
        Assert.Equal(["line"], EnvJsonl.Fields(rows[6]));
    }

    [Fact]
    public async Task ParseAsync_SampleFlyTipping_MapsEveryField()
    {
        // Arrange
        var record = (await ParseSampleAsync())[0].Record!;

        // Act
        var location = Assert.Single(record.Locations);

        // Assert
        Assert.Equal(RecordKind.Case, record.Kind);
        Assert.Equal(new CaseDetails("FT-2024-0457", "FlyTipping", "Open")
        {
            OpenedAt = new DateTimeOffset(2024, 3, 2, 14, 5, 0, TimeSpan.Zero),
            OffenceCode = "EPA1990-s33",
            Outcome = "None",
        }, record.Case);
        Assert.Equal(
            new LocationReference(LocationRelation.Subject)
            {
                Uprn = "100051000999", Easting = 417250, Northing = 433650,
                Address = "Garages rear of Kenmore Road, Bradford", Postcode = "BD3 8QY",
            },
            location);
        Assert.Equal([PartyRole.Suspect, PartyRole.Driver], record.Parties.Select(p => p.Role));
        Assert.Equal(new PersonName("Holt", "Dean"), record.Parties[0].Person!.Names.Single());
        Assert.Equal(new DateOnly(1991, 7, 14), record.Parties[0].Person!.DateOfBirth);
        Assert.Equal("YX19ABC", record.Parties[1].Vrm);
        Assert.Equal([new VehicleReference("YX19ABC", null)], record.Vehicles);
        Assert.Equal(MarkedText.OwnerOnly("Builders waste dumped from white Transit"), record.Notes);
        Assert.True(record.HasProtectedParty);
    }

    [Fact]
    public async Task ParseAsync_SampleOtherLines_MapRolesAndIdentifiers()
    {
        var rows = await ParseSampleAsync();

        var waste = rows[1].Record!;
        Assert.Equal("BD3 9AB", waste.Locations[0].Postcode);
        Assert.Equal((PartyRole.Driver, "YX19ABC"), (waste.Parties[0].Role, waste.Parties[0].Vrm));
        Assert.False(waste.HasProtectedParty);

        var hmo = rows[2].Record!;
        Assert.Equal([PartyRole.Owner, PartyRole.Occupier], hmo.Parties.Select(p => p.Role));
        Assert.Equal("09876543", hmo.Parties[0].CompanyNumber);
        Assert.Null(hmo.Case!.OffenceCode);

        var premises = rows[3].Record!;
        Assert.Equal(PartyRole.Licensee, Assert.Single(premises.Parties).Role);
        Assert.Equal("LicenceReview", premises.Case!.Outcome);
        Assert.True(premises.HasProtectedParty);

        var vehicle = rows[4].Record!;
        var owner = Assert.Single(vehicle.Parties);
        Assert.Equal((PartyRole.Owner, "YT15XYZ", null), (owner.Role, owner.Vrm, owner.Person));
        Assert.Equal(new DateTimeOffset(2024, 3, 4, 8, 0, 0, TimeSpan.Zero), vehicle.Case!.OpenedAt);
    }
}
